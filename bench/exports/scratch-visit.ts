import { readFileSync, writeFileSync } from 'node:fs';
import { insertLongVisit } from '../../apps/server/src/test/export-fixtures.ts';
import { Organisation } from '../../apps/server/src/db/entities/identity.ts';
import { Place } from '../../apps/server/src/db/entities/monitoring.ts';
import { openBenchOrm } from '../lists/database.ts';
const cfg = JSON.parse(readFileSync('/tmp/exports-prof/config.json', 'utf8'));
const orm = await openBenchOrm(cfg.appUrl, 4);
const em = orm.em.fork();
const ministry = await em.findOneOrFail(Organisation, { kind: 'STATE_AUTHORITY', countryCode: 'XV' });
const place = await em.findOneOrFail(Place, { ownerOrganisation: cfg.organisationId }, { orderBy: { name: 'asc' } });
cfg.visitId = await insertLongVisit(orm, {
  ownerOrganisationId: cfg.organisationId,
  createdById: cfg.userId,
  addresseeId: ministry.id,
  placeId: place.id,
  findings: 64,
  recommendations: 64,
  prefix: 'V',
});
writeFileSync('/tmp/exports-prof/config.json', JSON.stringify(cfg));
await orm.close(true);
