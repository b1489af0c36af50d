// Starts Neo4j embedded with Bolt on 127.0.0.1 for local development and tests.
// NEO4J_HOME (store folder), NEO4J_PORT (Bolt port), NEO4J_PAGECACHE (e.g. 512m).
// Authentication is disabled: this store is for local use only.
package rantai;

import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

public final class Launcher {
  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  private static long megabytes(String size) {
    String s = size.trim().toLowerCase();
    if (s.endsWith("g")) return Long.parseLong(s.substring(0, s.length() - 1)) * 1024;
    if (s.endsWith("m")) return Long.parseLong(s.substring(0, s.length() - 1));
    return Long.parseLong(s);
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(megabytes(env("NEO4J_PAGECACHE", "512m"))))
        .build();
    // The JVM runs shutdown hooks on SIGINT and SIGTERM: close the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    System.out.println("neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
