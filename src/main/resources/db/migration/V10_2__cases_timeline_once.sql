-- A line another module announced is written once even when its event is delivered again after a failure.
DELETE FROM cases_timeline a
 USING cases_timeline b
 WHERE a.id > b.id
   AND a.case_id = b.case_id AND a.at = b.at AND a.module = b.module AND a.kind = b.kind
   AND a.actor IS NOT DISTINCT FROM b.actor AND a.detail IS NOT DISTINCT FROM b.detail;

CREATE UNIQUE INDEX cases_timeline_once
    ON cases_timeline (case_id, at, module, kind, md5(coalesce(actor, '') || '|' || coalesce(detail, '')));
