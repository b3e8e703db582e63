package policygraph;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs Neo4j Community 5.26 in this JVM with the Bolt connector on, configured by a neo4j.conf file.
 *
 * <p>Maven Central does not publish the server tarball, so scripts/neo4j builds this launcher around
 * the org.neo4j:neo4j artifacts instead: the same database engine, Cypher runtime and Bolt server.
 *
 * <p>Usage: Neo4jLauncher HOME CONF PASSWORD_FILE READY_FILE. It sets the password of user "neo4j"
 * from PASSWORD_FILE, writes READY_FILE once the default database answers, and shuts down cleanly
 * on SIGTERM/SIGINT (removing READY_FILE).
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: Neo4jLauncher HOME CONF PASSWORD_FILE READY_FILE");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    Path conf = Path.of(args[1]);
    String password = Files.readString(Path.of(args[2]), StandardCharsets.UTF_8).trim();
    Path ready = Path.of(args[3]);
    Files.deleteIfExists(ready);

    long started = System.nanoTime();
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(conf).build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    Files.deleteIfExists(ready);
                  } catch (Exception ignored) {
                    // the ready file is advisory; shutting the database down matters more
                  }
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    // Authentication stays on; the password comes from a 0600 file that scripts/neo4j generates.
    GraphDatabaseService system = dbms.database("system");
    try {
      system.executeTransactionally(
          "ALTER USER neo4j IF EXISTS SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (org.neo4j.graphdb.QueryExecutionException e) {
      // A restart reuses the password file, and Neo4j refuses to "change" a password to itself:
      // the password is already right, so this is not an error.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }

    GraphDatabaseService db = dbms.database("neo4j");
    db.executeTransactionally("RETURN 1");
    Files.writeString(ready, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    System.out.printf(
        "policygraph neo4j launcher: Neo4j ready in %.1fs (conf %s)%n",
        (System.nanoTime() - started) / 1e9, conf);
    stopped.await();
  }
}
