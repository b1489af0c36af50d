// The load lock, if any, and the database's clock (load/README.md, "One load at a time").
// Parameters: none. Returns lock = the RantaiLock node's properties or null, now = timestamp().
OPTIONAL MATCH (l:RantaiLock {id: 'load'})
RETURN l {.*} AS lock, timestamp() AS now
