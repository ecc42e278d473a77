/**
 * Certifications an enterprise of a segment plausibly holds (supply) or asks for (demand): the
 * papers its trade actually runs on. Functional safety (ISO 26262) is for the electronics and
 * software of a vehicle, not its cathode powder; GOTS is for organic natural fibres, not polyester;
 * GMP for medicines, ISO 13485 for devices.
 */
const SEGMENT_CERTIFICATIONS = new Map<string, string[]>(
  Object.entries({
    'ic.materials': ['ISO 9001', 'ISO 14001', 'IATF 16949', 'QC 080000', 'RoHS', 'REACH'],
    'ic.equipment': ['ISO 9001', 'CE', 'SEMI S2', 'ISO 14001'],
    'ic.eda_ip': ['ISO 9001', 'ISO/IEC 27001', 'ISO 26262'],
    'ic.design': ['ISO 9001', 'ISO 26262', 'ISO/IEC 27001', 'AEC-Q100'],
    'ic.fab': ['ISO 9001', 'IATF 16949', 'ISO 14001', 'QC 080000', 'ISO 45001'],
    'ic.packaging': ['ISO 9001', 'IATF 16949', 'ISO 14001', 'QC 080000', 'ANSI/ESD S20.20', 'AEC-Q100'],
    'ic.applications': ['ISO 9001', 'ISO 14001', 'IATF 16949', 'CE', 'FCC', '3C', 'UL', 'RoHS'],
    'biomed.api_herbs': ['GMP', 'ISO 9001', 'ISO 14001', 'FDA DMF', 'CEP'],
    'biomed.excipients_packaging': ['GMP', 'ISO 15378', 'ISO 9001', 'FDA DMF'],
    'biomed.rnd_services': ['GLP', 'GMP', 'ISO/IEC 17025', 'ISO 9001'],
    'biomed.chem_drugs': ['GMP', 'EU GMP', 'FDA', 'ISO 14001'],
    'biomed.biologics': ['GMP', 'EU GMP', 'FDA', 'ISO 14001'],
    'biomed.tcm': ['GMP', 'GAP', 'ISO 9001'],
    'biomed.devices': ['ISO 13485', 'CE', 'FDA 510(k)', 'ISO 9001'],
    'biomed.distribution': ['GSP', 'ISO 9001', 'ISO 45001'],
    'biomed.providers': ['JCI', 'ISO 15189', 'ISO 9001'],
    'ai.chips_sensors': ['ISO 9001', 'IATF 16949', 'AEC-Q100', 'RoHS', 'ISO 26262'],
    'ai.compute': ['ISO/IEC 27001', 'ISO/IEC 20000-1', 'Uptime Tier III', '等保三级', 'ISO 9001'],
    'ai.data': ['ISO/IEC 27001', 'ISO/IEC 27701', '等保三级', 'ISO 9001'],
    'ai.algorithms': ['ISO/IEC 27001', 'CMMI 3', 'CMMI 5', 'ISO 9001'],
    'ai.applied_tech': ['ISO/IEC 27001', 'CMMI 3', 'ISO 9001', '等保三级'],
    'ai.smart_products': ['ISO 9001', 'CE', 'FCC', '3C', 'RoHS'],
    'ai.industry_solutions': ['ISO 9001', 'ISO/IEC 27001', 'CMMI 3', 'ISO/IEC 20000-1', '等保三级'],
    'nev.minerals': ['ISO 9001', 'ISO 14001', 'ISO 45001', 'RMAP'],
    'nev.battery_materials': ['IATF 16949', 'ISO 9001', 'ISO 14001', 'ISO 45001'],
    'nev.battery': ['IATF 16949', 'ISO 9001', 'ISO 14001', 'UN38.3', 'GB 38031', 'ISO 26262'],
    'nev.motor': ['IATF 16949', 'ISO 9001', 'ISO 14001', 'ISO 26262'],
    'nev.electronic_control': ['IATF 16949', 'ISO 26262', 'ISO 9001', 'AEC-Q100'],
    'nev.other_parts': ['IATF 16949', 'ISO 9001', 'ISO 14001'],
    'nev.vehicle': ['3C', 'IATF 16949', 'ISO 9001', 'ISO 14001', 'ISO 26262'],
    'nev.charging': ['3C', 'CQC', 'CE', 'UL 2202', 'ISO 9001'],
    'nev.aftermarket': ['ISO 9001', 'ISO 14001', 'ISO 45001', '危险废物经营许可证'],
    'display.materials': ['ISO 9001', 'ISO 14001', 'QC 080000', 'RoHS', 'REACH'],
    'display.equipment': ['ISO 9001', 'CE', 'SEMI S2'],
    'display.components': ['ISO 9001', 'IATF 16949', 'QC 080000', 'RoHS', 'UL'],
    'display.panel': ['ISO 9001', 'ISO 14001', 'QC 080000', 'IATF 16949'],
    'display.module': ['ISO 9001', 'IATF 16949', 'QC 080000', 'RoHS'],
    'display.terminals': ['3C', 'CE', 'Energy Star', 'ISO 9001', 'RoHS'],
    'robotics.reducer': ['ISO 9001', 'IATF 16949', 'ISO 14001'],
    'robotics.servo': ['ISO 9001', 'CE', 'UL', 'SIL 2'],
    'robotics.controller': ['ISO 9001', 'CE', 'SIL 2', 'ISO 13849'],
    'robotics.sensors': ['ISO 9001', 'CE', 'RoHS'],
    'robotics.body': ['ISO 9001', 'CE', 'ISO 10218', 'UL'],
    'robotics.integration': ['ISO 9001', 'CE', 'ISO 45001'],
    'robotics.end_users': ['ISO 9001', 'IATF 16949', 'ISO 14001', 'ISO 45001'],
    'new_materials.raw': ['ISO 9001', 'ISO 14001', 'ISO 45001', 'REACH'],
    'new_materials.special_metal': ['ISO 9001', 'IATF 16949', 'RoHS', 'REACH', 'ISO 14001'],
    'new_materials.metal_structural': ['ISO 9001', 'IATF 16949', 'AS9100D', 'NADCAP', 'ISO 14001'],
    'new_materials.polymer': ['ISO 9001', 'UL 94', 'RoHS', 'REACH', 'IATF 16949'],
    'new_materials.inorganic': ['ISO 9001', 'ISO 14001', 'RoHS'],
    'new_materials.fiber_composite': ['ISO 9001', 'AS9100D', 'NADCAP', 'IATF 16949'],
    'new_materials.frontier': ['ISO 9001', 'ISO 14001', 'RoHS', 'REACH'],
    'new_materials.applications': ['ISO 9001', 'IATF 16949', 'ISO 14001', 'ISO 13485'],
    'eco.materials': ['ISO 9001', 'ISO 14001', 'NSF/ANSI 60', 'CCEP'],
    'eco.instruments': ['CMA', 'CCEP', 'ISO/IEC 17025', 'ISO 9001'],
    'eco.equipment': ['ISO 9001', 'ISO 14001', 'CCEP', 'CE'],
    'eco.engineering': ['ISO 9001', 'ISO 14001', 'ISO 45001', '环境工程设计专项甲级'],
    'eco.operation': ['危险废物经营许可证', 'ISO 14001', 'ISO 45001', 'ISO 9001'],
    'eco.recycling': ['危险废物经营许可证', 'ISO 14001', 'ISO 45001', 'ISO 9001'],
    'eco.end_users': ['ISO 9001', 'ISO 14001', 'ISO 45001', 'ISO 50001'],
    'aircraft.design': ['AS9100D', 'ISO 9001', 'CMMI 3'],
    'aircraft.materials': ['AS9100D', 'NADCAP', 'ISO 9001'],
    'aircraft.airframe': ['AS9100D', 'NADCAP', 'ISO 9001'],
    'aircraft.engine': ['AS9100D', 'NADCAP', 'ISO 9001'],
    'aircraft.airborne_systems': ['AS9100D', 'DO-178C', 'DO-254', 'ISO 9001'],
    'aircraft.assembly': ['AS9100D', 'ISO 9001', 'ISO 14001'],
    'aircraft.operations': ['IOSA', 'CAAC CCAR-121', 'ISO 9001'],
    'aircraft.mro': ['CAAC CCAR-145', 'EASA Part-145', 'FAA Part-145', 'AS9110C'],
    'textile.natural_fiber': ['GOTS', 'OEKO-TEX Standard 100', 'BCI', 'ISO 9001'],
    'textile.chemical_fiber': ['GRS', 'OEKO-TEX Standard 100', 'bluesign', 'ISO 9001', 'ISO 14001'],
    'textile.spinning': ['OEKO-TEX Standard 100', 'GOTS', 'GRS', 'ISO 9001'],
    'textile.weaving': ['OEKO-TEX Standard 100', 'GOTS', 'GRS', 'bluesign', 'ISO 9001'],
    'textile.dyeing': ['bluesign', 'OEKO-TEX Standard 100', 'ZDHC', 'ISO 14001'],
    'textile.garment': ['amfori BSCI', 'WRAP', 'OEKO-TEX Standard 100', 'ISO 9001'],
    'textile.home_industrial': ['OEKO-TEX Standard 100', 'GRS', 'ISO 9001', 'IATF 16949'],
    'textile.retail': ['ISO 9001', 'amfori BSCI'],
    'health.tcm_herbs': ['GAP', '有机产品认证', 'ISO 9001'],
    'health.pharma': ['GMP', 'ISO 14001', 'ISO 9001'],
    'health.devices': ['ISO 13485', 'CE', 'FDA 510(k)', 'ISO 9001'],
    'health.goods': ['ISO 9001', 'CE', 'FCC', '3C', 'HACCP', 'ISO 22000'],
    'health.smart_health': ['ISO/IEC 27001', '等保三级', 'ISO 9001', 'CMMI 3'],
    'health.distribution': ['GSP', 'ISO 9001'],
    'health.medical_services': ['JCI', 'ISO 15189', 'ISO 9001'],
    'health.promotion': ['ISO 9001', 'ISO 45001'],
    'health.management': ['ISO 9001', 'ISO/IEC 27001', 'ISO 15189'],
  }),
);

/** For a segment staff added: what every segment of its chain can hold. */
const CHAIN_CERTIFICATIONS = new Map<string, string[]>(
  Object.entries({
    ic: ['ISO 9001', 'ISO 14001', 'QC 080000'],
    nev: ['IATF 16949', 'ISO 9001', 'ISO 14001'],
    display: ['ISO 9001', 'ISO 14001', 'RoHS'],
    aircraft: ['AS9100D', 'ISO 9001'],
    textile: ['OEKO-TEX Standard 100', 'ISO 9001'],
  }),
);

const GENERIC_CERTIFICATIONS = ['ISO 9001', 'ISO 14001', 'ISO 45001'];

/**
 * Papers a buyer may make a condition of supply rather than a preference: operating licences and
 * the quality systems a sector's regulators or customers require.
 */
const LICENCE_LIKE = new Set([
  'GMP', 'EU GMP', 'GSP', 'ISO 13485', 'IATF 16949', 'AS9100D', 'NADCAP', '3C', '危险废物经营许可证', 'CAAC CCAR-145',
  'EASA Part-145', 'FAA Part-145', 'CMA', 'UN38.3', '等保三级', 'GLP', 'ISO 15378',
]);

export function certificationsFor(chainId: string, segmentId: string): string[] {
  return SEGMENT_CERTIFICATIONS.get(segmentId) ?? CHAIN_CERTIFICATIONS.get(chainId) ?? GENERIC_CERTIFICATIONS;
}

export const isLicenceLike = (name: string) => LICENCE_LIKE.has(name);
