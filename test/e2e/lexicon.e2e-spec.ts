import { signInAdmin, signInStaff, signUpMember, type SignedInClient } from '../support/accounts.js';
import { publishListing, SEARCH, waitForIndex } from '../support/search.js';
import { startTestApi, type TestApi } from '../support/test-api.js';

const GROUP = `query($id: ID!) { lexiconGroup(id: $id) { id version zh en abbr broaderId broader { id } narrower { id } } }`;
const GROUPS = `query($filter: LexiconGroupFilter, $first: Int, $after: String) {
  lexiconGroups(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
const CREATE = `mutation($input: CreateLexiconGroupInput!) { createLexiconGroup(input: $input) { id groupId action version editedBy group { id zh } } }`;
const UPDATE = `mutation($groupId: String!, $v: Int!, $input: LexiconGroupContentInput!) {
  updateLexiconGroup(groupId: $groupId, expectedVersion: $v, input: $input) { id version previous { zh } group { zh en } } }`;
const DELETE = `mutation($groupId: String!, $v: Int!) { deleteLexiconGroup(groupId: $groupId, expectedVersion: $v) { action version } }`;
const EDITS = `query($groupId: String) { lexiconEdits(groupId: $groupId) { totalCount edges { node { action version editedBy note group { zh } previous { zh } } } } }`;

const prussianWhite = {
  id: 'nev.prussian-white', segmentIds: ['nev.battery_materials'], type: 'MATERIAL', zh: ['普鲁士白'], variants: ['普魯士白'],
  en: ['Prussian white'], abbr: [], broaderId: 'nev.cathode', note: 'sodium-ion cathode buyers ask for by name',
};

describe('the lexicon over GraphQL', () => {
  let api: TestApi;
  let admin: SignedInClient;
  let nevStaff: SignedInClient;
  let icStaff: SignedInClient;
  const titles = async (text: string) => (await api.graphql.data(SEARCH, { input: { text } })).searchListings.edges.map((e: any) => e.node.title);

  beforeAll(async () => {
    api = await startTestApi();
    admin = await signInAdmin(api);
    nevStaff = await signInStaff(api, admin.graphql, ['nev'], ['340000']);
    icStaff = await signInStaff(api, admin.graphql, ['ic'], ['320000']);
    const member = await signUpMember(api, { countyAdcode: '340104', segmentIds: ['nev.battery_materials'] });
    await publishListing(member, { title: '普鲁士白 钠电正极', segmentId: 'nev.battery_materials', keywords: ['钠离子电池'], description: '吨级出货，可按客户配方送样测试。' });
    await waitForIndex(api);
  });
  afterAll(() => api.close());

  it('is public to read: groups by chain and term, with broader and narrower links, paged by id', async () => {
    const { lexiconGroup } = await api.graphql.data(GROUP, { id: 'nev.lfp' });
    expect(lexiconGroup).toMatchObject({ id: 'nev.lfp', version: 1, broaderId: 'nev.cathode', broader: { id: 'nev.cathode' } });
    expect(lexiconGroup.abbr).toContain('LFP');
    const first = (await api.graphql.data(GROUPS, { filter: { chainId: 'nev' }, first: 2 })).lexiconGroups;
    const second = (await api.graphql.data(GROUPS, { filter: { chainId: 'nev' }, first: 2, after: first.pageInfo.endCursor })).lexiconGroups;
    expect(first.totalCount).toBeGreaterThan(50);
    expect(second.edges[0].node.id > first.edges[1].node.id).toBe(true);
    const lfp = (await api.graphql.data(GROUPS, { filter: { text: 'lifepo4' } })).lexiconGroups;
    expect(lfp.edges.map((e: any) => e.node.id)).toEqual(['nev.lfp']);
  });

  it('lets staff edit only the chains their alliance covers, and members not at all', async () => {
    expect((await icStaff.graphql.error(CREATE, { input: prussianWhite })).extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUTSIDE_COVERAGE' });
    expect((await api.graphql.error(CREATE, { input: prussianWhite })).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect((await api.graphql.error(EDITS, {})).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('refuses an edit that breaks the lexicon, naming the field, and writes nothing', async () => {
    const clash = await nevStaff.graphql.error(CREATE, { input: { ...prussianWhite, zh: ['普鲁士白', '磷酸铁锂'] } });
    expect(clash.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.zh[1]', reason: 'INVALID_LEXICON_GROUP' });
    const generic = await nevStaff.graphql.error(CREATE, { input: { ...prussianWhite, broaderId: 'nev.nowhere', en: ['material'] } });
    expect((generic.extensions as any).violations.map((v: any) => v.field).sort()).toEqual(['input.broaderId', 'input.en[0]']);
    expect(await api.sql(`SELECT 1 FROM lexicon_edit`)).toEqual([]);
  });

  it('applies an edit to search at once, re-indexing the listings that use its terms, in both languages and from the broader term', async () => {
    expect(await titles('Prussian white')).toEqual([]);
    const { createLexiconGroup } = await nevStaff.graphql.data(CREATE, { input: prussianWhite });
    expect(createLexiconGroup).toMatchObject({ groupId: 'nev.prussian-white', action: 'CREATE', version: 1, editedBy: nevStaff.userId });
    await waitForIndex(api);
    expect(await titles('Prussian white')).toEqual(['普鲁士白 钠电正极']);
    expect(await titles('正极材料')).toContain('普鲁士白 钠电正极');
  });

  it('versions every edit, refuses a stale one, and keeps the trail with who and what', async () => {
    const input = { ...prussianWhite, id: undefined, en: ['Prussian white', 'sodium iron hexacyanoferrate'] };
    delete input.id;
    const { updateLexiconGroup } = await nevStaff.graphql.data(UPDATE, { groupId: 'nev.prussian-white', v: 1, input });
    expect(updateLexiconGroup).toMatchObject({ version: 2, previous: { zh: ['普鲁士白'] } });
    expect((await admin.graphql.error(UPDATE, { groupId: 'nev.prussian-white', v: 1, input })).extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    await waitForIndex(api);
    expect(await titles('sodium iron hexacyanoferrate')).toEqual(['普鲁士白 钠电正极']);
    const { lexiconEdits } = await admin.graphql.data(EDITS, { groupId: 'nev.prussian-white' });
    expect(lexiconEdits.edges.map((e: any) => [e.node.action, e.node.version, e.node.editedBy])).toEqual([
      ['UPDATE', 2, nevStaff.userId], ['CREATE', 1, nevStaff.userId],
    ]);
    expect((await icStaff.graphql.data(EDITS, { groupId: 'nev.prussian-white' })).lexiconEdits.totalCount).toBe(0);
    const audit = await api.sql(`SELECT action, target_type, outcome FROM audit_log WHERE action LIKE '%LexiconGroup' ORDER BY at`);
    expect(audit.filter((row) => row.outcome === 'OK')).toEqual([
      { action: 'createLexiconGroup', target_type: 'LEXICON_EDIT', outcome: 'OK' }, { action: 'updateLexiconGroup', target_type: 'LEXICON_EDIT', outcome: 'OK' },
    ]);
  });

  it('refuses to delete a group narrower groups point at, and deletes a leaf', async () => {
    expect((await admin.graphql.error(DELETE, { groupId: 'nev.cathode', v: 1 })).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'groupId' });
    expect((await admin.graphql.data(DELETE, { groupId: 'nev.prussian-white', v: 2 })).deleteLexiconGroup).toEqual({ action: 'DELETE', version: 3 });
    expect((await api.graphql.data(GROUP, { id: 'nev.prussian-white' })).lexiconGroup).toBeNull();
    await waitForIndex(api);
    expect(await titles('Prussian white')).toEqual([]);
  });
});
