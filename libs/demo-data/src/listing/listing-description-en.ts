import type { ListingKind } from '../demo-data.types.js';
import type { SentencePool } from './listing-text.types.js';
import { enList, enPerBasis, enPriceRange, withFact } from './text-phrases.js';
import { midSentence, withIndefiniteArticle } from './text-format.js';

/** Aligned line by line with ZH_SENTENCES. */
export const EN_SENTENCES: Record<ListingKind, SentencePool> = {
  SUPPLY: {
    openings: [
      (c) =>
        `${c.enterpriseName.en}, based in ${c.county.en}, ${c.city.en}, specialises in ${midSentence(c.segment.en)} ` +
        `and ${c.isService ? 'provides' : 'supplies'} ${c.product.en}.`,
      (c) =>
        `We are ${withIndefiniteArticle(`${c.city.en}-based ${midSentence(c.segment.en)}`)} company offering ${c.product.en} across the Yangtze River Delta.`,
      (c) =>
        `Our ${c.isService ? 'team' : 'site'} in ${c.county.en}, ${c.city.en} ` +
        `${c.isService ? 'provides' : 'supplies'} ${c.product.en} under long-term agreements.`,
    ],
    details: [
      (c) =>
        withFact(enPerBasis(c), (q) => (c.isService ? `We can take on about ${q}.` : `Current capacity is about ${q}, with flexible scheduling.`)),
      (c) =>
        withFact(
          enPriceRange(c),
          (price) => `Indicative price: ${price}, ${c.isService ? 'with terms for long-term work' : 'with volume discounts'}.`,
        ),
      (c) =>
        withFact(c.leadTimeDays, (days) =>
          c.isService
            ? `Work can usually start within ${days} days; urgent requests can be discussed.`
            : `Standard lead time is ${days} days; rush orders can be discussed.`,
        ),
      (c) => `We have served the ${midSentence(c.segment.en)} market for years, with customers in many cities of the delta.`,
      (c) => withFact(enList(c.certifications), (certs) => `We are certified to ${certs}.`),
      (c) => withFact(c.serviceRadiusKm, (km) => `On-site technical support is available within ${km} km.`),
      (c) =>
        withFact(enList(c.servedProvinces.map((province) => province.en)), (provinces) => `We mainly serve customers in ${provinces}.`) ??
        'We serve customers across Shanghai, Jiangsu, Zhejiang and Anhui.',
    ],
    closings: [
      (c) => `${c.isService ? 'References and qualification documents' : 'Samples and test reports'} are available on request.`,
      () => 'We look forward to long-term cooperation.',
      () => 'Contact us through the platform for technical data or a quotation.',
    ],
  },
  DEMAND: {
    openings: [
      (c) => `${c.enterpriseName.en} in ${c.city.en} is sourcing ${c.product.en} as its business grows.`,
      (c) =>
        `We are ${withIndefiniteArticle(midSentence(c.ownSegment.en))} company in ${c.county.en}, ${c.city.en}, ` +
        `looking for reliable ${c.isService ? 'providers' : 'suppliers'} of ${c.product.en}.`,
      (c) => `To secure our supply chain we are qualifying a second ${c.isService ? 'provider' : 'source'} for ${c.product.en}.`,
    ],
    details: [
      (c) =>
        withFact(enPerBasis(c), (q) => (c.isService ? `We expect about ${q}, ordered project by project.` : `We need about ${q}, delivered in batches.`)),
      (c) =>
        withFact(enPriceRange(c), (price) =>
          c.isService ? `Budget: ${price}, tax included.` : `Target price: ${price}, tax and freight included.`,
        ),
      (c) =>
        withFact(c.leadTimeDays, (days) =>
          c.isService ? `Work must start within ${days} days of signing.` : `Delivery is required within ${days} days of order.`,
        ),
      (c) => `The ${c.product.en} will support our ${midSentence(c.ownSegment.en)} business, so demand is steady.`,
      (c) => withFact(enList(c.mandatoryCertifications), (certs) => `Suppliers must hold ${certs} certification.`),
      (c) => withFact(enList(c.certifications), (certs) => `${certs} certification is preferred.`),
      (c) => withFact(c.serviceRadiusKm, (km) => `Suppliers within ${km} km are preferred for on-site support.`),
      (c) =>
        withFact(enList(c.servedProvinces.map((province) => province.en)), (provinces) => `Suppliers in ${provinces} are preferred.`) ??
        'Suppliers anywhere in the Yangtze River Delta are welcome.',
    ],
    closings: [
      () => 'A framework agreement is possible once cooperation is stable.',
      () => 'Please submit quotations and qualification documents via the platform.',
      () => 'Experienced companies are welcome to get in touch.',
    ],
  },
};
