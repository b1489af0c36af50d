// Take the load lock when nobody holds it. The uniqueness constraint on RantaiLock.id
// (schema.cypher) makes this atomic: of two loads creating it at once, one fails with
// Neo.ClientError.Schema.ConstraintValidationFailed. Times are Neo4j's epoch milliseconds.
// Parameters: $token (a SHA-256 of this load's random id: the node can be read through the console), $owner (who, for people: "user@host pid N"), $host,
// $machine (a SHA-256 of host, boot id and PID namespace), $pid, $dataset (the dataset's name), $ttlMs (how long the lock lives unless renewed).
CREATE (l:RantaiLock {id: 'load', token: $token, owner: $owner, host: $host, machine: $machine, pid: $pid,
                      dataset: $dataset, acquiredAt: timestamp(), renewedAt: timestamp(), expiresAt: timestamp() + $ttlMs})
RETURN l {.*} AS lock
