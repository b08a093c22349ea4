package io.github.linkpost.metadata;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;

/**
 * A web server on 127.0.0.1 and a free port, for tests: each path answers as the test says.
 * Handlers that stream forever stop when the client goes away or after a bounded time.
 */
final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-server");
    t.setDaemon(true);
    return t;
  });
  private final String scheme;
  /** The request headers each path was asked with, in order. */
  final Map<String, List<Map<String, List<String>>>> requests = new ConcurrentHashMap<>();

  private TestServer(HttpServer server, String scheme) {
    this.server = server;
    this.scheme = scheme;
    server.setExecutor(threads);
    server.start();
  }

  static TestServer http() throws IOException {
    return new TestServer(HttpServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0), "http");
  }

  static TestServer https(SSLContext context) throws IOException {
    HttpsServer server = HttpsServer.create(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(context));
    return new TestServer(server, "https");
  }

  URI url(String path) {
    return URI.create(scheme + "://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** What the path answers; the request's headers are recorded first. */
  TestServer on(String path, HttpHandler handler) {
    server.createContext(path, exchange -> {
      requests.computeIfAbsent(exchange.getRequestURI().getPath(),
          p -> new CopyOnWriteArrayList<>()).add(Map.copyOf(exchange.getRequestHeaders()));
      try (exchange) {
        handler.handle(exchange);
      } catch (IOException e) {
        // the client went away: what several tests do on purpose
      }
    });
    return this;
  }

  TestServer page(String path, String contentType, byte[] body, String... headers) {
    return on(path, exchange -> send(exchange, 200, contentType, body, headers));
  }

  TestServer status(String path, int status) {
    return on(path, exchange -> send(exchange, status, "text/html", "<p>no</p>".getBytes(),
        new String[0]));
  }

  TestServer redirect(String path, int status, String location) {
    return on(path, exchange -> {
      exchange.getResponseHeaders().add("Location", location);
      exchange.sendResponseHeaders(status, -1);
    });
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body,
      String... headers) throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      exchange.getResponseHeaders().add(headers[i], headers[i + 1]);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  /** Writes the chunk again and again, with a pause, until the client leaves or time is up. */
  static void stream(HttpExchange exchange, byte[] chunk, long pauseMillis, long maxMillis)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
    exchange.sendResponseHeaders(200, 0);
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(maxMillis);
    OutputStream out = exchange.getResponseBody();
    while (System.nanoTime() < end) {
      out.write(chunk);
      out.flush();
      if (pauseMillis > 0) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
