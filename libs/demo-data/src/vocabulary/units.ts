import { shippedUnitCatalogue } from '@chainmatch/units';

/** A unit of the catalogue as the demo texts write it; `code` is what the listing stores. */
export interface UnitLabel {
  code: string;
  zh: string;
  /** Plural English label. */
  en: string;
  enOne: string;
}

const catalogue = shippedUnitCatalogue();

/** The catalogue's names, so the texts say what the listing's quantity and price say. */
function label(code: string): UnitLabel {
  const unit = catalogue.unit(code);
  if (!unit) throw new Error(`demo data names unit ${code}, which is not in the units catalogue`);
  return { code, zh: unit.nameZh, en: unit.nameEn, enOne: unit.nameEnOne };
}

/** The units the vocabularies quote in, by the name the vocabularies use. */
export const UNITS = {
  wafer: label('wafer'),
  sheet: label('sheet'),
  chip: label('chip'),
  piece: label('pcs'),
  kg: label('kg'),
  gram: label('g'),
  ton: label('t'),
  liter: label('l'),
  cubicMeter: label('m3'),
  sqm: label('m2'),
  meter: label('m'),
  mu: label('mu'),
  kwh: label('kwh'),
  machine: label('machine'),
  set: label('set'),
  vehicle: label('vehicle'),
  aircraft: label('aircraft'),
  license: label('license'),
  project: label('project'),
  job: label('job'),
  personDay: label('person_day'),
  hour: label('hour'),
  flightHour: label('flight_hour'),
  gpuHour: label('gpu_hour'),
  rackMonth: label('rack_month'),
  instanceMonth: label('instance_month'),
  tbMonth: label('tb_month'),
  vehicleMonth: label('vehicle_month'),
  aircraftMonth: label('aircraft_month'),
  bedMonth: label('bed_month'),
  memberYear: label('member_year'),
  image: label('image'),
  frame: label('frame'),
  millionTokens: label('million_tokens'),
  thousandCalls: label('thousand_calls'),
  box: label('box'),
  vial: label('vial'),
  bottle: label('bottle'),
  dose: label('dose'),
  capsule: label('capsule'),
  sachet: label('bag'),
  can: label('can'),
  sample: label('sample'),
  shipment: label('shipment'),
  parcel: label('parcel'),
  visit: label('visit'),
  session: label('session'),
  policy: label('policy'),
} as const satisfies Record<string, UnitLabel>;

export type UnitCode = keyof typeof UNITS;
