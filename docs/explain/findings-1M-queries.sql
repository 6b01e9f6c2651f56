-- The findings list's queries as the app sends them (scopeFilter in apps/server/src/modules/records/read-filter.ts).
\echo '### NPM (organisation 1): first page'
explain (analyze, buffers, costs off)
select f0.* from finding as f0
where (f0.classification = 'PUBLIC'
    or (f0.classification in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and f0.owner_organisation_id in ('00000000-0000-0000-0000-000000000001'))
    or (f0.classification = 'SHARED' and f0.shared_with && array['00000000-0000-0000-0000-000000000001']::text[])
    or (f0.classification = 'SPT_CONFIDENTIAL' and f0.country_code = 'CL' and f0.shared_with && array['00000000-0000-0000-0000-000000000001']::text[]))
order by f0.created_at desc, f0.id asc limit 51;
\echo '### CSO (organisation 2): first page'
explain (analyze, buffers, costs off)
select f0.* from finding as f0
where (f0.classification = 'PUBLIC'
    or (f0.classification in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and f0.owner_organisation_id in ('00000000-0000-0000-0000-000000000002'))
    or (f0.classification = 'SHARED' and f0.shared_with && array['00000000-0000-0000-0000-000000000002']::text[]))
order by f0.created_at desc, f0.id asc limit 51;
\echo '### CSO: next page after a cursor (keyset: created_at, id of the last row)'
explain (analyze, buffers, costs off)
select f0.* from finding as f0
where (f0.classification = 'PUBLIC'
    or (f0.classification in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and f0.owner_organisation_id in ('00000000-0000-0000-0000-000000000002'))
    or (f0.classification = 'SHARED' and f0.shared_with && array['00000000-0000-0000-0000-000000000002']::text[]))
  and (f0.created_at < now() - interval '5000 seconds' or (f0.created_at = now() - interval '5000 seconds' and f0.id > '00000000-0000-0000-0000-000000000000'))
order by f0.created_at desc, f0.id asc limit 51;
\echo '### CSO: capped count (at most 1,001 readable rows read)'
explain (analyze, buffers, costs off)
select count(*) from (select 1 from finding as f0
where (f0.classification = 'PUBLIC'
    or (f0.classification in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and f0.owner_organisation_id in ('00000000-0000-0000-0000-000000000002'))
    or (f0.classification = 'SHARED' and f0.shared_with && array['00000000-0000-0000-0000-000000000002']::text[]))
limit 1001) as capped;
\echo '### Before: the exact count every page used to compute (CSO)'
explain (analyze, buffers, costs off)
select count(*) from finding as f0
where (f0.classification = 'PUBLIC'
    or (f0.classification in ('ORGANISATION', 'SHARED', 'WORKING_GROUP') and f0.owner_organisation_id in ('00000000-0000-0000-0000-000000000002'))
    or (f0.classification = 'SHARED' and f0.shared_with && array['00000000-0000-0000-0000-000000000002']::text[]));
