import { termList } from '../vocabulary/vocabulary-builders.js';
import type { Term } from '../vocabulary/vocabulary.types.js';

/**
 * Two-character trade names (字号) with their Hanyu Pinyin, written by hand: pinyin generators get
 * polyphonic characters wrong. Names of well-known real companies are left out.
 */
const BRANDS = `
华芯 Huaxin|中晟 Zhongsheng|恒泰 Hengtai|瑞达 Ruida|宏图 Hongtu|天成 Tiancheng|博远 Boyuan|联创 Lianchuang
鼎盛 Dingsheng|睿智 Ruizhi|永信 Yongxin|东方 Dongfang|海川 Haichuan|金石 Jinshi|新宇 Xinyu|安捷 Anjie
精工 Jinggong|卓越 Zhuoyue|嘉禾 Jiahe|润泽 Runze|华辰 Huachen|同创 Tongchuang|凯瑞 Kairui|思创 Sichuang
鸿盛 Hongsheng|天瑞 Tianrui|九洲 Jiuzhou|星辰 Xingchen|华锐 Huarui|中诚 Zhongcheng|恒信 Hengxin|昊天 Haotian
创达 Chuangda|科瑞 Kerui|锦程 Jincheng|华茂 Huamao|盛世 Shengshi|弘毅 Hongyi|泽源 Zeyuan|致远 Zhiyuan
祥瑞 Xiangrui|信达 Xinda|华宇 Huayu|金桥 Jinqiao|东升 Dongsheng|长风 Changfeng|江南 Jiangnan|太湖 Taihu
钱江 Qianjiang|皖江 Wanjiang|淮海 Huaihai|申达 Shenda|沪联 Hulian|苏拓 Sutuo|浙瑞 Zherui|徽盛 Huisheng
维科 Weike|睿创 Ruichuang|芯源 Xinyuan|微纳 Weina|易达 Yida|安泰 Antai|普瑞 Purui|优创 Youchuang
瀚海 Hanhai|启明 Qiming|朗润 Langrun|峰汇 Fenghui|宝丰 Baofeng|丰源 Fengyuan|聚力 Juli|精诚 Jingcheng
协力 Xieli|恒源 Hengyuan|博瑞 Borui|立达 Lida|奥星 Aoxing|云帆 Yunfan|泰和 Taihe|嘉诚 Jiacheng
华川 Huachuan|鑫泰 Xintai|银河 Yinhe|汉升 Hansheng|天骄 Tianjiao|卓创 Zhuochuang|晟华 Shenghua|明德 Mingde
励拓 Lituo|中研 Zhongyan|国瑞 Guorui|恒达 Hengda|德润 Derun|通达 Tongda|领航 Linghang|迈创 Maichuang
臻远 Zhenyuan|青禾 Qinghe|康瑞 Kangrui|和信 Hexin|禾润 Herun|远航 Yuanhang|正道 Zhengdao|新锐 Xinrui`;

export const BRAND_NAMES: Term[] = termList(BRANDS);
