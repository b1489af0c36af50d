// Renew this load's lock (every third of its lifetime while the load runs, and inside the swap
// transaction, where the write lock it takes keeps anyone from taking the lock over until the
// swap commits). No row: the lock is no longer this load's.
// Parameters: $token, $ttlMs.
MATCH (l:RantaiLock {id: 'load', token: $token})
SET l.renewedAt = timestamp(), l.expiresAt = timestamp() + $ttlMs
RETURN l.expiresAt AS expiresAt
