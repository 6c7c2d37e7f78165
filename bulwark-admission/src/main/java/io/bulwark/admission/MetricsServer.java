package io.bulwark.admission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.bulwark.admission.metrics.MetricsRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Plain HTTP {@code GET /metrics} in Prometheus' text format, on its own port as Kyverno serves it. */
public final class MetricsServer implements AutoCloseable {

  static {
    JdkHttpServers.configure();
  }

  private final HttpServer server;
  private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();
  private final MetricsRegistry registry;

  public MetricsServer(InetSocketAddress address, MetricsRegistry registry) throws IOException {
    this.registry = registry;
    this.server = HttpServer.create(address, 0);
    server.setExecutor(exchanges);
    server.createContext("/", this::exchange);
  }

  public void start() {
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    exchanges.shutdown();
  }

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      boolean found = "/metrics".equals(exchange.getRequestURI().getPath());
      boolean get = "GET".equals(exchange.getRequestMethod()) || "HEAD".equals(exchange.getRequestMethod());
      int status = !found ? 404 : get ? 200 : 405;
      String type = status == 200 ? MetricsRegistry.CONTENT_TYPE : "text/plain; charset=utf-8";
      String text = switch (status) {
        case 200 -> registry.scrape();
        case 404 -> "no such path: " + exchange.getRequestURI().getPath() + "; metrics are at /metrics\n";
        default -> "use GET\n";
      };
      byte[] body = text.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", type);
      boolean head = "HEAD".equals(exchange.getRequestMethod());
      exchange.sendResponseHeaders(status, head ? -1 : body.length);
      if (!head) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }
}
