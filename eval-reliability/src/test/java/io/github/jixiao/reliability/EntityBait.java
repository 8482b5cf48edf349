package io.github.jixiao.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What an external entity, an external link or a web-service formula in an imported workbook
 * would reach if it were followed: a local file holding {@link #marker} and a local HTTP port
 * that counts its connections and answers with the marker. Tests then check the marker never
 * shows up and the port saw no connection.
 */
final class EntityBait implements AutoCloseable {
  final String marker;
  /** A file: URL of the local file holding the marker. */
  final String fileUrl;
  /** An http: URL of the local port. */
  final String httpUrl;
  final AtomicInteger connections = new AtomicInteger();
  private final ServerSocket listener;

  EntityBait(Path dir, String marker) throws IOException {
    this.marker = marker;
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, marker);
    fileUrl = secret.toUri().toString();
    listener = new ServerSocket(0);
    httpUrl = "http://127.0.0.1:" + listener.getLocalPort() + "/entity";
    Thread t = new Thread(() -> {
      while (!listener.isClosed()) {
        try (Socket s = listener.accept()) {
          connections.incrementAndGet();
          s.getOutputStream().write(("HTTP/1.0 200 OK\r\n\r\n" + marker).getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          // closed
        }
      }
    }, "entity-bait");
    t.setDaemon(true);
    t.start();
  }

  /** The local HTTP port. */
  int port() {
    return listener.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    listener.close();
  }
}
