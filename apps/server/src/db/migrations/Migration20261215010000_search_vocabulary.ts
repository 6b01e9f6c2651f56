import { Migration } from '@mikro-orm/migrations';

const TEXT = `public.opcat_search_vector(new.title, concat_ws(' ', new.description, array_to_string(new.risk_factors, ' ')))`;
const LABELS = `public.opcat_vocabulary_vector('RiskFactor', new.risk_factors) || public.opcat_vocabulary_vector('Vulnerability', new.vulnerabilities)`;

/**
 * A finding is also found by the labels of its risk factors and situations of vulnerability, in the
 * four languages (decision 0049): tagged "Hacinamiento", it is found by "hacinamiento", "overcrowding",
 * "surpopulation" and "superlotação", whatever its text says. The labels are the web app's catalogues,
 * copied into `search_vocabulary` at every start by `syncSearchVocabulary` with each value's vector (each
 * label parsed in its own language's configuration, weight B), which re-indexes the findings whose labels
 * changed; the trigger appends those vectors. This migration re-indexes nothing: the first start after it
 * finds every label new.
 */
export class Migration20261215010000_search_vocabulary extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "search_vocabulary" ("vocabulary" text not null, "value" text not null, "words" text not null,
      "vector" tsvector not null, constraint "search_vocabulary_pkey" primary key ("vocabulary", "value"));`);
    // PL/pgSQL, so that its plan is kept for the session: a SQL function that is not inlined plans its
    // statement at every call (~130 µs of every finding's insert or update).
    this.addSql(`create function public.opcat_vocabulary_vector(vocabulary text, vals text[]) returns tsvector
      language plpgsql stable parallel safe as $$
      declare
        result tsvector := ''::tsvector;
        value_vector tsvector;
      begin
        if coalesce(cardinality(vals), 0) = 0 then return result; end if;
        for value_vector in select v.vector from public.search_vocabulary v
                             where v.vocabulary = opcat_vocabulary_vector.vocabulary and v.value = any(vals)
                             order by v.value loop
          result := result || value_vector;
        end loop;
        return result;
      end $$;`);
    this.addSql(`create or replace function public.finding_search_vector() returns trigger language plpgsql as $$
      begin new.search_vector := ${TEXT} || ${LABELS}; return new; end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`create or replace function public.finding_search_vector() returns trigger language plpgsql as $$
      begin new.search_vector := ${TEXT}; return new; end $$;`);
    this.addSql(`update "finding" set search_vector = null where cardinality(risk_factors) > 0 or cardinality(vulnerabilities) > 0;`);
    this.addSql(`drop function if exists public.opcat_vocabulary_vector(text, text[]);`);
    this.addSql(`drop table if exists "search_vocabulary";`);
  }
}
