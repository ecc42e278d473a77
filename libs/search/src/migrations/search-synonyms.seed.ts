/**
 * The synonym groups the search migration starts with (table `search_synonym`). Frozen with the
 * migration: later changes go through the table, and reach the engines at their next start.
 */
export const INITIAL_SYNONYM_GROUPS: Record<string, string[]> = {
  ic: ['集成电路', '芯片', 'IC', 'integrated circuit', 'chip', 'microchip'],
  semiconductor: ['半导体', 'semiconductor'],
  osat: ['封装测试', '封测', 'OSAT', 'packaging and testing'],
  nev: ['新能源汽车', '新能源车', '电动汽车', 'NEV', 'EV', 'new energy vehicle', 'electric vehicle'],
  ai: ['人工智能', 'AI', 'artificial intelligence'],
  pcb: ['印制电路板', '线路板', 'PCB', 'printed circuit board'],
  battery: ['动力电池', '锂电池', 'traction battery', 'power battery', 'lithium battery'],
  robot: ['机器人', 'robot'],
  servo: ['伺服电机', 'servo motor'],
  reducer: ['减速器', '减速机', 'reducer', 'gearbox'],
  photoresist: ['光刻胶', 'photoresist'],
  lidar: ['激光雷达', 'lidar'],
  carbon_fiber: ['碳纤维', 'carbon fiber', 'carbon fibre'],
  cro: ['医药研发外包', 'CRO', 'contract research organization'],
  api: ['原料药', 'active pharmaceutical ingredient'],
  display_panel: ['显示面板', 'display panel'],
};
