// Release this load's lock (when the load ends, whether it succeeded or not).
// Parameters: $token.
MATCH (l:RantaiLock {id: 'load', token: $token})
DELETE l
RETURN count(*) AS released
