import { termList } from '../vocabulary/vocabulary-builders.js';

/** Common surnames, with the Jiangnan ones (沈, 顾, 陆, 钱, 俞) well represented. */
export const SURNAMES = termList(`
王 wang|李 li|张 zhang|刘 liu|陈 chen|杨 yang|黄 huang|赵 zhao|吴 wu|周 zhou|徐 xu|孙 sun|马 ma|朱 zhu
胡 hu|郭 guo|何 he|林 lin|高 gao|罗 luo|郑 zheng|梁 liang|谢 xie|宋 song|唐 tang|许 xu|韩 han|冯 feng
邓 deng|曹 cao|彭 peng|袁 yuan|蒋 jiang|沈 shen|顾 gu|陆 lu|钱 qian|汪 wang|丁 ding|潘 pan|姚 yao|金 jin
范 fan|俞 yu|程 cheng|方 fang`);

/** Characters of given names, none polyphonic, so the pinyin in e-mail addresses is right. */
export const GIVEN_NAME_CHARACTERS = termList(`
伟 wei|芳 fang|敏 min|静 jing|丽 li|强 qiang|磊 lei|军 jun|洋 yang|勇 yong|艳 yan|杰 jie|娟 juan|涛 tao
明 ming|超 chao|秀 xiu|霞 xia|平 ping|刚 gang|英 ying|华 hua|建 jian|国 guo|文 wen|辉 hui|鹏 peng|宇 yu
浩 hao|婷 ting|雪 xue|琳 lin|晨 chen|欣 xin|怡 yi|嘉 jia|俊 jun|峰 feng|斌 bin|凯 kai|睿 rui|悦 yue
子 zi|轩 xuan|晓 xiao|红 hong|玲 ling|志 zhi|海 hai|春 chun|颖 ying|慧 hui|佳 jia|思 si|宁 ning|博 bo
昊 hao|雨 yu|诗 shi|逸 yi`);
