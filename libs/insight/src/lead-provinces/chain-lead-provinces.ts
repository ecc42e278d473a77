import { AppConfig } from '@chainmatch/config';
import { Injectable } from '@nestjs/common';
import { REGION_PROVINCE_ADCODES } from '../compute/insight-areas.js';

/**
 * The lead provinces the governments' joint action names: "each province leads one chain — Jiangsu
 * leads new display, Shanghai robotics". The others come from INSIGHT_CHAIN_LEAD_PROVINCES.
 */
export const DOCUMENTED_LEAD_PROVINCES: Readonly<Record<string, string>> = { display: '320000', robotics: '310000' };

export class InvalidLeadProvincesError extends Error {}

/** Reads INSIGHT_CHAIN_LEAD_PROVINCES (JSON: chain id → province adcode) over the documented ones. */
export function parseLeadProvinces(json: string | undefined): Record<string, string> {
  if (!json) return { ...DOCUMENTED_LEAD_PROVINCES };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new InvalidLeadProvincesError('INSIGHT_CHAIN_LEAD_PROVINCES must be a JSON object such as {"ic": "310000"}');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new InvalidLeadProvincesError('INSIGHT_CHAIN_LEAD_PROVINCES must be a JSON object such as {"ic": "310000"}');
  }
  for (const [chainId, adcode] of Object.entries(parsed)) {
    if (typeof adcode !== 'string' || !REGION_PROVINCE_ADCODES.includes(adcode)) {
      throw new InvalidLeadProvincesError(`INSIGHT_CHAIN_LEAD_PROVINCES.${chainId} must be one of ${REGION_PROVINCE_ADCODES.join(', ')}`);
    }
  }
  return { ...DOCUMENTED_LEAD_PROVINCES, ...(parsed as Record<string, string>) };
}

/** Which province leads each chain; checked when the application is built, so a bad value stops start-up. */
@Injectable()
export class ChainLeadProvinces {
  private readonly byChain: Record<string, string>;

  constructor(config: AppConfig) {
    this.byChain = parseLeadProvinces(config.get('INSIGHT_CHAIN_LEAD_PROVINCES'));
  }

  of(chainId: string): string | null {
    return Object.hasOwn(this.byChain, chainId) ? this.byChain[chainId] : null;
  }
}
