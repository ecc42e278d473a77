import { IndexRebuildRequest } from './index-rebuild-request.js';

/**
 * Listings indexed before are analysed again by the rebuild requested here: the lexicon's files
 * gained 晶圆 (ic.wafer, the broader group of silicon wafers), the SiC and GaAs wafers' Chinese
 * names (listings indexed earlier read them as loose characters), medical protective masks and
 * KN95/N95 respirators; offers naming a product and a qualifier that a narrower product's Chinese
 * name holds inside it (医用口罩 + 外科 of 医用外科口罩) get that product's `@q:` key; and a need's head
 * is the narrower product its title names as one of that class and the qualifying words
 * (招募8英寸抛光硅片: 8-inch wafers). Until it runs they are found and scored as before.
 */
export class WaferAndInfixRebuild1764000120000 extends IndexRebuildRequest {
  name = 'WaferAndInfixRebuild1764000120000';
  protected reason = "lexicon files: 晶圆 and the wafer groups, respirators; infix qualified products; needs' qualified heads";
}
