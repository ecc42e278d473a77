import { seedRegions } from '@chainmatch/regions';
import { DataSource } from 'typeorm';
import { dataSourceOptions, migrations } from '../../apps/api/src/database/data-source-options.js';
import { signUpMember, type Member } from '../support/accounts.js';
import { createListing, listingInput } from '../support/factories.js';
import { startTestApi, type TestApi } from '../support/test-api.js';
import { createTestDatabase } from '../support/test-database.js';

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateListingInput!) {
  updateListing(id: $id, expectedVersion: $v, input: $input) { version quantity { amount unit { code } basis } priceRange { minCny unit { code } } } }`;

describe('listing quantities and prices in catalogue units', () => {
  let api: TestApi;
  let buyer: Member;

  beforeAll(async () => {
    api = await startTestApi();
    buyer = await signUpMember(api, { countyAdcode: '320583', segmentIds: ['nev.battery'] });
  });
  afterAll(() => api.close());

  it('reads a unit from any of its names, stores its code and states the basis for either kind', async () => {
    const demand = await createListing(buyer.graphql, listingInput(buyer.enterpriseId, {
      kind: 'DEMAND', title: '采购磷酸铁锂正极材料', segmentId: 'nev.battery_materials',
      quantity: { amount: 200, unit: '吨', basis: 'PER_MONTH' }, priceRange: { maxCny: 45, unit: '千克' },
      certifications: ['ISO 9001'], mandatoryCertifications: ['IATF 16949'],
    }));
    expect(demand).toMatchObject({
      quantity: { amount: 200, unit: { code: 't' }, basis: 'PER_MONTH' }, priceRange: { minCny: null, maxCny: 45, unit: { code: 'kg' } },
      certifications: ['ISO 9001'], mandatoryCertifications: ['IATF 16949'],
    });
    const supply = await createListing(buyer.graphql, listingInput(buyer.enterpriseId, {
      title: 'LFP cathode material', quantity: { amount: 12, unit: 'tonnes', basis: 'PER_YEAR' }, priceRange: { minCny: 40_000, unit: 'metric ton' },
    }));
    expect(supply.quantity).toEqual({ amount: 12, unit: { code: 't' }, basis: 'PER_YEAR' });
    expect(supply.priceRange?.unit).toEqual({ code: 't' });
  });

  it('shows the unit with its names and dimension, and clears quantity and prices when given null', async () => {
    const { id } = await createListing(buyer.graphql, listingInput(buyer.enterpriseId, { quantity: { amount: 3000, unit: 'wafers', basis: 'PER_ORDER' } }));
    const { listing } = await buyer.graphql.data(`query($id: ID!) { listing(id: $id) { quantity { unit { nameZh nameEn nameEnOne dimension { id } } } } }`, { id });
    expect(listing.quantity.unit).toEqual({ nameZh: '片', nameEn: 'wafers', nameEnOne: 'wafer', dimension: { id: 'COUNT' } });
    const { updateListing } = await buyer.graphql.data(UPDATE, { id, v: 1, input: { quantity: null, priceRange: null } });
    expect(updateListing).toEqual({ version: 2, quantity: null, priceRange: null });
  });
});

/** A database as it was before units had meaning, with the rows members had written, then migrated. */
describe('migrating free-text units', () => {
  it('turns each unit into its catalogue code, keeps the old convention as the basis, and drops what it cannot read', async () => {
    const database = await createTestDatabase();
    try {
      const before = migrations.filter((migration) => Number(/\d{13}/.exec(migration.name)![0]) < 1764000060000);
      const old = await new DataSource({ ...dataSourceOptions(database.url), migrations: before }).initialize();
      await old.runMigrations();
      await old.transaction((manager) => seedRegions(manager));
      await old.query(`INSERT INTO chain (id, name_zh, name_en, position) VALUES ('nev', '新能源汽车', 'New Energy Vehicles', 0)`);
      await old.query(`INSERT INTO segment (id, chain_id, name_zh, name_en, stage, position)
        VALUES ('nev.battery', 'nev', '动力电池', 'Traction batteries', 'MIDSTREAM', 0)`);
      const [{ id: enterpriseId }] = await old.query(`INSERT INTO enterprise (uscc, name_zh, county_adcode, city_adcode, province_adcode, size)
        VALUES ('91320583MA0000001X', '旧数据企业', '320583', '320500', '320000', 'SMALL') RETURNING id`);
      const insert = (kind: string, quantity: number | null, unit: string | null, price: number | null) => old.query(
        `INSERT INTO listing (enterprise_id, kind, title, description, segment_id, chain_id, quantity, unit, price_min_cny,
           county_adcode, city_adcode, province_adcode, valid_from, valid_until)
         VALUES ($1, $2, $3, '迁移前写下的数量与单位', 'nev.battery', 'nev', $4, $5, $6, '320583', '320500', '320000', now(), now() + interval '30 days')
         RETURNING id`, [enterpriseId, kind, `${kind} ${unit}`, quantity, unit, price]);
      const rows = {
        supplyPcs: await insert('SUPPLY', 60, 'pcs', 5),
        demandTonnesPerMonth: await insert('DEMAND', 200, '吨/月', 45_000),
        demandSquareMetres: await insert('DEMAND', 5000, '㎡', null),
        supplyPriceOnly: await insert('SUPPLY', null, 'gallon', 30),
        unreadable: await insert('SUPPLY', 7, '箱子', 12),
      };
      await old.destroy();
      const current = await new DataSource(dataSourceOptions(database.url)).initialize();
      await current.runMigrations();
      const read = async ([{ id }]: { id: string }[]) => (await current.query(
        `SELECT quantity::float, quantity_unit, quantity_basis, price_min_cny::float, price_unit FROM listing WHERE id = $1`, [id]))[0];
      expect(await read(rows.supplyPcs)).toEqual({ quantity: 60, quantity_unit: 'pcs', quantity_basis: 'PER_MONTH', price_min_cny: 5, price_unit: 'pcs' });
      expect(await read(rows.demandTonnesPerMonth)).toEqual({ quantity: 200, quantity_unit: 't', quantity_basis: 'PER_MONTH', price_min_cny: 45_000, price_unit: 't' });
      expect(await read(rows.demandSquareMetres)).toEqual({ quantity: 5000, quantity_unit: 'm2', quantity_basis: 'PER_YEAR', price_min_cny: null, price_unit: null });
      expect(await read(rows.supplyPriceOnly)).toEqual({ quantity: null, quantity_unit: null, quantity_basis: null, price_min_cny: 30, price_unit: 'gal' });
      expect(await read(rows.unreadable)).toEqual({ quantity: null, quantity_unit: null, quantity_basis: null, price_min_cny: null, price_unit: null });
      await current.destroy();
    } finally {
      await database.drop();
    }
  });
});
