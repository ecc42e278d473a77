/** The provinces of the region, by GB/T 2260 code: Shanghai, Jiangsu, Zhejiang, Anhui. What lies in the whole region lies in each. */
export const REGION_PROVINCE_ADCODES: readonly string[] = ['310000', '320000', '330000', '340000'];
