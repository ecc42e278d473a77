/**
 * Words that name no product: what every listing of a kind says (材料, 设备, 服务 …), the words of
 * trading (采购, 诚征, 招募, sourcing, RFQ …), of time and volume (月, 每年, 产能, annual …) and of
 * certification (认证, ISO: the certifications are compared as such). They may
 * not be lexicon terms; search weighs them far below product terms, matching ignores them, and the
 * segmenter keeps the Chinese ones whole (求购车规级MCU is 求购 + …, not 求 + 购车 + …). Compared
 * after normalisation (lower case, English singular).
 */
export const GENERIC_TERMS: ReadonlySet<string> = new Set([
  '材料', '原料', '原材料', '设备', '装备', '器材', '服务', '产品', '系统', '解决方案', '方案', '技术', '加工', '制造', '生产',
  '配件', '零件', '零部件', '部件', '组件', '器件', '元件', '工具', '耗材', '项目', '工程', '业务', '平台', '软件', '硬件',
  '定制', '研发', '开发', '供应', '采购', '求购', '需求', '合作', '代理', '批发', '销售', '厂家', '工厂', '公司', '企业',
  '高端', '优质', '专业', '国产', '进口', '新型', '高性能', '一站式',
  '收购', '租用', '寻找', '寻求', '诚征', '需要', '批量', '提供', '承接', '现货', '供货', '长期', '稳定', '欢迎', '洽谈', '有限公司',
  '供应商', '年需求', '月需求', '用量', '年用量', '月用量', '采购量', '报价', '订单', '招募', '诚招', '征集', '直供', '发货', '交期',
  '服务商', '合作方', '本次', '需', '级', '月可', '年可', '认证', '资质', '授权', '合格',
  '月', '年', '日', '天', '周', '季度', '每月', '每年', '每日', '每天', '每周', '月产', '年产', '日产', '产能', '月产能', '年产能',
  'material', 'raw', 'equipment', 'service', 'product', 'system', 'solution', 'technology', 'processing', 'manufacturing',
  'production', 'part', 'component', 'device', 'tool', 'consumable', 'project', 'platform', 'software', 'hardware', 'custom',
  'supply', 'supplier', 'purchase', 'sourcing', 'oem', 'odm', 'factory', 'company', 'high', 'quality', 'professional',
  'source', 'rfq', 'need', 'needed', 'buy', 'buying', 'wanted', 'offer', 'bulk', 'long', 'term', 'stable',
  'yr', 'year', 'yearly', 'annual', 'annually', 'month', 'monthly', 'day', 'daily', 'week', 'weekly', 'per', 'capacity',
  'provider', 'available', 'looking', 'seeking', 'buyer', 'lead', 'time', 'volume', 'order', 'certified', 'qualified', 'iso', 'iatf', 'iec', 'gmp',
]);
