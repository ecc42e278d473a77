export interface UnitLabel {
  zh: string;
  /** Plural English label. */
  en: string;
  enOne: string;
}

const label = (zh: string, en: string, enOne = en): UnitLabel => ({ zh, en, enOne });

export const UNITS = {
  wafer: label('片', 'wafers', 'wafer'),
  sheet: label('片', 'sheets', 'sheet'),
  chip: label('颗', 'pcs', 'piece'),
  piece: label('件', 'pcs', 'piece'),
  kg: label('kg', 'kg'),
  gram: label('克', 'g'),
  ton: label('吨', 't'),
  liter: label('升', 'L'),
  cubicMeter: label('立方米', 'm³'),
  sqm: label('㎡', 'm²'),
  meter: label('米', 'm'),
  mu: label('亩', 'mu'),
  kwh: label('kWh', 'kWh'),
  machine: label('台', 'units', 'unit'),
  set: label('套', 'sets', 'set'),
  vehicle: label('辆', 'vehicles', 'vehicle'),
  aircraft: label('架', 'aircraft'),
  license: label('套', 'licenses', 'license'),
  project: label('项', 'projects', 'project'),
  job: label('次', 'jobs', 'job'),
  personDay: label('人天', 'person-days', 'person-day'),
  hour: label('小时', 'hours', 'hour'),
  flightHour: label('飞行小时', 'flight hours', 'flight hour'),
  gpuHour: label('卡时', 'GPU-hours', 'GPU-hour'),
  rackMonth: label('机柜·月', 'rack-months', 'rack-month'),
  instanceMonth: label('台·月', 'instance-months', 'instance-month'),
  tbMonth: label('TB·月', 'TB-months', 'TB-month'),
  vehicleMonth: label('辆·月', 'vehicle-months', 'vehicle-month'),
  aircraftMonth: label('架·月', 'aircraft-months', 'aircraft-month'),
  bedMonth: label('床·月', 'bed-months', 'bed-month'),
  memberYear: label('人·年', 'member-years', 'member-year'),
  image: label('张', 'images', 'image'),
  frame: label('帧', 'frames', 'frame'),
  millionTokens: label('百万tokens', 'million tokens', 'million tokens'),
  thousandCalls: label('千次', 'thousand calls', 'thousand calls'),
  box: label('盒', 'boxes', 'box'),
  vial: label('支', 'vials', 'vial'),
  bottle: label('瓶', 'bottles', 'bottle'),
  dose: label('剂', 'doses', 'dose'),
  capsule: label('粒', 'capsules', 'capsule'),
  sachet: label('袋', 'sachets', 'sachet'),
  can: label('罐', 'cans', 'can'),
  sample: label('样本', 'samples', 'sample'),
  shipment: label('票', 'shipments', 'shipment'),
  parcel: label('件', 'parcels', 'parcel'),
  visit: label('人次', 'visits', 'visit'),
  session: label('课时', 'sessions', 'session'),
  policy: label('份', 'policies', 'policy'),
} as const satisfies Record<string, UnitLabel>;

export type UnitCode = keyof typeof UNITS;
