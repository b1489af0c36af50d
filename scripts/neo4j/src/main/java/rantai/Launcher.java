// Starts Neo4j embedded with Bolt on 127.0.0.1 for local development and tests.
// NEO4J_HOME (store folder), NEO4J_PORT (Bolt port), NEO4J_PAGECACHE (e.g. 512m),
// NEO4J_TRANSACTION_TIMEOUT (overrides db.transaction.timeout, Neo4j duration syntax such as 10m).
// Authentication is disabled (a store for local use only) unless NEO4J_AUTH=enabled; then the user
// neo4j starts with the password "neo4j", which must be changed before anything else (tests of the
// console's own Neo4j user do that).
//
// Hardening (issue 18): the settings of scripts/neo4j/hardening.conf (LOAD CSV reaches neither
// files nor the network, only the console's procedures are loaded, every transaction has a time
// limit), and LOAD CSV's import folder is an empty folder of its own. docs/NEO4J.md says how to
// configure a production Neo4j the same way.
//
// NEO4J_STOP_WITH_PARENT=1 (what the tests and benchmarks set): stop when standard input ends. The
// parent keeps a pipe open and never writes to it; when the parent dies in any way (a crash, an
// out-of-memory abort, SIGKILL), the operating system closes the pipe and Neo4j shuts down instead
// of running on as an orphan holding memory and a port. Off by default, so that a developer's
// terminal session is not tied to its stdin.
package rantai;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
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

  /** An empty folder for LOAD CSV (server.directories.import); refuses to start if it holds files. */
  private static Path emptyImportFolder(Path home) throws IOException {
    Path folder = home.resolve("import-empty");
    Files.createDirectories(folder);
    try (Stream<Path> entries = Files.list(folder)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalStateException(folder + " must stay empty: it is LOAD CSV's import folder");
      }
    }
    return folder;
  }

  /** Exits (running the shutdown hook) once `in` reaches its end or fails: the parent is gone. */
  private static void stopWhenInputEnds(InputStream in) {
    Thread watcher = new Thread(() -> {
      byte[] buffer = new byte[256];
      try {
        while (in.read(buffer) >= 0) {
          // Nothing is expected on the pipe; anything written is ignored.
        }
      } catch (IOException closed) {
        // A failing read means the same as the end: nobody is left to stop us.
      }
      System.exit(0);
    }, "rantai-parent-watch");
    watcher.setDaemon(true);
    watcher.start();
  }

  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("NEO4J_HOME", ".data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
    // run.sh passes scripts/neo4j/hardening.conf; starting without it would start an open server.
    if (args.length != 1) throw new IllegalArgumentException("usage: Launcher <path of hardening.conf>");
    Path hardening = Path.of(args[0]);
    DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
        .loadPropertiesFromFile(hardening)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.auth_enabled, "enabled".equals(System.getenv("NEO4J_AUTH")))
        .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(megabytes(env("NEO4J_PAGECACHE", "512m"))))
        .setConfig(GraphDatabaseSettings.load_csv_file_url_root, emptyImportFolder(home));
    String timeout = System.getenv("NEO4J_TRANSACTION_TIMEOUT");
    if (timeout != null && !timeout.isBlank()) builder.setConfig(GraphDatabaseSettings.transaction_timeout, SettingValueParsers.DURATION.parse(timeout));
    DatabaseManagementService dbms = builder.build();
    // The JVM runs shutdown hooks on SIGINT and SIGTERM: close the store cleanly.
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));
    if ("1".equals(System.getenv("NEO4J_STOP_WITH_PARENT"))) stopWhenInputEnds(System.in);
    System.out.println("neo4j ready bolt://127.0.0.1:" + port);
    System.out.flush();
    Thread.currentThread().join();
  }
}
