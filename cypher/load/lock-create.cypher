// Take the load lock when nobody holds it. The uniqueness constraint on RantaiLock.id
// (schema.cypher) makes this atomic: of two loads creating it at once, one fails with
// Neo.ClientError.Schema.ConstraintValidationFailed. Times are Neo4j's epoch milliseconds.
// Parameters: $token (this load's random id), $owner (who, for people: "user@host pid N"), $host,
// $machine, $pid, $dataset (the dataset's name), $ttlMs (how long the lock lives unless renewed).
CREATE (l:RantaiLock {id: 'load', token: $token, owner: $owner, host: $host, machine: $machine, pid: $pid,
                      dataset: $dataset, acquiredAt: timestamp(), renewedAt: timestamp(), expiresAt: timestamp() + $ttlMs})
RETURN l {.*} AS lock
