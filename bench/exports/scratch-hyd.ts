import { openBenchOrm } from '../lists/database.ts';
import { Recommendation } from '../../apps/server/src/db/entities/monitoring.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
const config = JSON.parse(process.env.CFG!);
const orm = await openBenchOrm(config.appUrl, 4);
const order = [{ issuedOn: 'desc' }, { reference: 'asc' }, { id: 'asc' }] as never;
for (let i = 0; i < 3; i++) {
  let em = orm.em.fork() as EntityManager;
  let t = performance.now();
  const a = await em.find(Recommendation, {}, { orderBy: order });
  console.log('em.find entities', a.length, (performance.now() - t).toFixed(0));
  em = orm.em.fork() as EntityManager;
  t = performance.now();
  const b = await em.createQueryBuilder(Recommendation, 'r').select('*').where({}).orderBy(order).execute('all', true);
  console.log('qb mapped', b.length, (performance.now() - t).toFixed(0), Object.keys(b[0]!).slice(0, 8));
  t = performance.now();
  const c = await em.createQueryBuilder(Recommendation, 'r').select('*').where({}).orderBy(order).execute('all', false);
  console.log('qb raw', c.length, (performance.now() - t).toFixed(0));
}
await orm.close(true);
