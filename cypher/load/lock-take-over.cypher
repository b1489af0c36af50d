// Remove a stale load lock before taking it (then lock-create.cypher, in the same transaction).
// The SET takes the node's write lock first, so the expiry is read after any renewal that
// committed meanwhile: a lock renewed since it was judged stale is left alone (removed = 0).
// Parameters: $staleToken (the token of the lock judged stale), $holderGone (true when its holder
// process is known to have died on this machine, so it need not have expired).
MATCH (l:RantaiLock {id: 'load', token: $staleToken})
SET l.takeOver = true
WITH l
WHERE $holderGone OR l.expiresAt < timestamp()
DELETE l
RETURN count(*) AS removed
