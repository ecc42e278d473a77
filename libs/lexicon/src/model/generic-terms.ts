/**
 * Words that name no product: what every listing of a kind says (材料, 设备, 服务 …). They may not be
 * lexicon terms, and search and matching weigh them far below product terms. Compared after
 * normalisation (lower case, English singular).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  '材料', '原料', '原材料', '设备', '装备', '器材', '服务', '产品', '系统', '解决方案', '方案', '技术', '加工', '制造', '生产',
  '配件', '零件', '零部件', '部件', '组件', '器件', '元件', '工具', '耗材', '项目', '工程', '业务', '平台', '软件', '硬件',
  '定制', '研发', '开发', '供应', '采购', '求购', '需求', '合作', '代理', '批发', '销售', '厂家', '工厂', '公司', '企业',
  '高端', '优质', '专业', '国产', '进口', '新型', '高性能', '一站式',
  'material', 'raw', 'equipment', 'service', 'product', 'system', 'solution', 'technology', 'processing', 'manufacturing',
  'production', 'part', 'component', 'device', 'tool', 'consumable', 'project', 'platform', 'software', 'hardware', 'custom',
  'supply', 'supplier', 'purchase', 'sourcing', 'oem', 'odm', 'factory', 'company', 'high', 'quality', 'professional',
]);
