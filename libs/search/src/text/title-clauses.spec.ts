import { titleClauses } from './title-clauses.js';

describe('titleClauses', () => {
  it('cuts a title at enumeration and clause marks, brackets last, and keeps names joined by "/" whole', () => {
    expect(titleClauses('采购铜靶材、钽靶材（300mm晶圆产线），QFN/BGA封装')).toEqual([
      { text: '采购铜靶材', role: 'MAIN' }, { text: '钽靶材', role: 'MAIN' }, { text: 'QFN/BGA封装', role: 'MAIN' }, { text: '300mm晶圆产线', role: 'ASIDE' },
    ]);
  });

  it('cuts at 及 joining two things offered, not inside 以及 or 及时', () => {
    expect(titleClauses('涤纶面料染色及后整理').map((c) => c.text)).toEqual(['涤纶面料染色', '后整理']);
    expect(titleClauses('及时供货').map((c) => c.text)).toEqual(['及时供货']);
    expect(titleClauses('磷酸铁锂 三元材料 LCD 驱动芯片').map((c) => c.text)).toEqual(['磷酸铁锂', '三元材料 LCD 驱动芯片']);
  });

  it('sets apart the details after a colon', () => {
    expect(titleClauses('危险废物处置：废活性炭、废矿物油（HW49）')).toEqual([
      { text: '危险废物处置', role: 'MAIN' }, { text: '废活性炭', role: 'DETAIL' }, { text: '废矿物油', role: 'DETAIL' }, { text: 'HW49', role: 'ASIDE' },
    ]);
  });

  it('tells what a product is for, in Chinese and in English', () => {
    expect(titleClauses('采购TFT-LCD偏光片（大尺寸电视面板用）')).toEqual([
      { text: '采购TFT-LCD偏光片', role: 'MAIN' }, { text: '大尺寸电视面板用', role: 'APPLICATION' },
    ]);
    expect(titleClauses('Sintered NdFeB magnets for EV traction motors | 用于驱动电机的磁钢')).toEqual([
      { text: 'Sintered NdFeB magnets', role: 'MAIN' }, { text: 'for EV traction motors', role: 'APPLICATION' }, { text: '用于驱动电机的', role: 'APPLICATION' },
      { text: '磁钢', role: 'MAIN' },
    ]);
  });
});
