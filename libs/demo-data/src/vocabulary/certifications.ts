/** Certifications an enterprise of a chain plausibly holds (supply) or asks for (demand). */
const CHAIN_CERTIFICATIONS = new Map<string, string[]>(
  Object.entries({
    ic: ['ISO 9001', 'ISO 14001', 'IATF 16949', 'ISO 45001', 'QC 080000', 'RoHS', 'REACH', 'ANSI/ESD S20.20'],
    biomed: ['GMP', 'ISO 13485', 'ISO 9001', 'ISO 14001', 'CE', 'FDA', 'ISO 45001'],
    ai: ['ISO 9001', 'ISO/IEC 27001', 'CMMI 3', 'CMMI 5', 'ISO/IEC 20000-1', '等保三级'],
    nev: ['IATF 16949', 'ISO 9001', 'ISO 14001', 'ISO 26262', 'ISO 45001', '3C', 'CE'],
    display: ['ISO 9001', 'ISO 14001', 'QC 080000', 'RoHS', 'REACH', 'IATF 16949', 'UL'],
    robotics: ['ISO 9001', 'CE', 'UL', '3C', 'ISO 14001', 'SIL 2', 'IATF 16949'],
    new_materials: ['ISO 9001', 'ISO 14001', 'IATF 16949', 'AS9100D', 'RoHS', 'REACH', 'UL 94', 'NADCAP'],
    eco: ['ISO 9001', 'ISO 14001', 'ISO 45001', 'ISO 50001', 'CMA', 'CCEP'],
    aircraft: ['AS9100D', 'NADCAP', 'ISO 9001', 'AS9120B', 'ISO 14001'],
    textile: ['OEKO-TEX Standard 100', 'GRS', 'GOTS', 'bluesign', 'ISO 9001', 'ISO 14001', 'amfori BSCI'],
    health: ['GMP', 'ISO 13485', 'ISO 9001', 'CE', 'ISO 14001'],
  }),
);

/** Segments whose trade runs on other papers than their chain's usual ones (a GMP for an internet-hospital platform would read wrong). */
const SEGMENT_CERTIFICATIONS = new Map<string, string[]>(
  Object.entries({
    'ic.eda_ip': ['ISO 9001', 'ISO/IEC 27001', 'ISO 26262'],
    'ic.applications': ['ISO 9001', 'ISO 14001', 'IATF 16949', 'CE', 'FCC', '3C', 'UL', 'RoHS'],
    'biomed.rnd_services': ['GLP', 'GMP', 'ISO/IEC 17025', 'ISO 9001'],
    'biomed.distribution': ['GSP', 'ISO 9001', 'ISO 45001'],
    'biomed.providers': ['JCI', 'ISO 15189', 'ISO 9001'],
    'ai.chips_sensors': ['ISO 9001', 'IATF 16949', 'AEC-Q100', 'RoHS', 'ISO 26262'],
    'ai.compute': ['ISO/IEC 27001', 'ISO/IEC 20000-1', 'Uptime Tier III', '等保三级', 'ISO 9001'],
    'ai.data': ['ISO/IEC 27001', 'ISO/IEC 27701', '等保三级', 'ISO 9001'],
    'ai.smart_products': ['ISO 9001', 'CE', 'FCC', '3C', 'RoHS'],
    'nev.battery': ['IATF 16949', 'ISO 9001', 'ISO 14001', 'UN38.3', 'GB 38031', 'ISO 26262'],
    'nev.charging': ['3C', 'CQC', 'CE', 'UL 2202', 'ISO 9001'],
    'nev.aftermarket': ['ISO 9001', 'ISO 14001', 'ISO 45001'],
    'display.terminals': ['3C', 'CE', 'Energy Star', 'ISO 9001', 'RoHS'],
    'robotics.end_users': ['ISO 9001', 'IATF 16949', 'ISO 14001', 'ISO 45001'],
    'eco.instruments': ['CMA', 'CCEP', 'ISO/IEC 17025', 'ISO 9001'],
    'aircraft.design': ['AS9100D', 'ISO 9001', 'CMMI 3'],
    'aircraft.operations': ['IOSA', 'CAAC CCAR-121', 'ISO 9001'],
    'aircraft.mro': ['CAAC CCAR-145', 'EASA Part-145', 'FAA Part-145', 'AS9110C'],
    'health.tcm_herbs': ['GAP', '有机产品认证', 'ISO 9001'],
    'health.goods': ['ISO 9001', 'CE', 'FCC', '3C', 'HACCP', 'ISO 22000'],
    'health.smart_health': ['ISO/IEC 27001', '等保三级', 'ISO 9001', 'CMMI 3'],
    'health.distribution': ['GSP', 'ISO 9001'],
    'health.medical_services': ['JCI', 'ISO 15189', 'ISO 9001'],
    'health.promotion': ['ISO 9001', 'ISO 45001'],
    'health.management': ['ISO 9001', 'ISO/IEC 27001', 'ISO 15189'],
  }),
);

const GENERIC_CERTIFICATIONS = ['ISO 9001', 'ISO 14001', 'ISO 45001'];

export function certificationsFor(chainId: string, segmentId: string): string[] {
  return SEGMENT_CERTIFICATIONS.get(segmentId) ?? CHAIN_CERTIFICATIONS.get(chainId) ?? GENERIC_CERTIFICATIONS;
}
