-- sqlite3 work for bench/run-real.sh: inserts, an index, joins and
-- aggregates on an in-memory database; prints a few aggregates.
CREATE TABLE t(id INTEGER PRIMARY KEY, k INTEGER, v TEXT);
WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 500000)
INSERT INTO t(k, v) SELECT (i * 7919) % 10007, printf('row-%d-%x', i, i * 31) FROM c;
CREATE INDEX t_k ON t(k);
SELECT count(*), sum(k), max(length(v)) FROM t;
SELECT k, count(*) FROM t WHERE k BETWEEN 100 AND 110 GROUP BY k ORDER BY k LIMIT 3;
SELECT count(*) FROM t a JOIN t b ON a.k = b.k AND a.id < b.id WHERE a.k < 2000;
SELECT sum(length(v)) FROM t WHERE v LIKE '%-1%';
UPDATE t SET v = upper(v) WHERE k % 3 = 0;
SELECT count(*) FROM t WHERE v GLOB 'ROW*';
