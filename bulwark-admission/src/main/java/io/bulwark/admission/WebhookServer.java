package io.bulwark.admission;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The HTTPS side of the webhook, on the JDK's {@link HttpsServer} with one virtual thread per
 * exchange. Routes: {@code POST} to an admission path runs its {@link AdmissionHandler}; {@code GET
 * /health/liveness} answers 200 while the process runs, {@code GET /health/readiness} 200 once
 * ready and 503 while shutting down. Anything else is 404 (unknown path) or 405 (wrong method).
 *
 * <p>Bad input never reaches a handler: a body over the size cap is 413, a body that is not an
 * AdmissionReview is 400, each with a one-line plain-text reason. An exception that escapes (a
 * bug) is logged once and answered with a one-line 500; no stack trace ever goes to the client,
 * and the server keeps serving.
 */
public final class WebhookServer implements AutoCloseable {

  static {
    JdkHttpServers.configure();
  }

  private static final Logger LOG = LoggerFactory.getLogger(WebhookServer.class);
  private static final String JSON = "application/json";
  private static final String TEXT = "text/plain; charset=utf-8";

  private final HttpsServer server;
  private final ExecutorService exchanges = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, AdmissionHandler> routes;
  private final int maxBodyBytes;
  private final BooleanSupplier ready;

  /**
   * Binds (does not start) a server.
   *
   * @param routes admission path → handler
   * @param ready whether {@code /health/readiness} answers 200
   */
  public WebhookServer(InetSocketAddress address, HttpsConfigurator tls, Map<String, AdmissionHandler> routes,
      int maxBodyBytes, BooleanSupplier ready) throws IOException {
    this.routes = Map.copyOf(routes);
    this.maxBodyBytes = maxBodyBytes;
    this.ready = Objects.requireNonNull(ready, "ready");
    this.server = HttpsServer.create(address, 0);
    server.setHttpsConfigurator(tls);
    server.setExecutor(exchanges);
    server.createContext("/", this::exchange);
  }

  public void start() {
    server.start();
  }

  /** The bound port (useful when binding port 0). */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Stops accepting connections and waits up to {@code drain} for exchanges in progress to finish.
   */
  public void stop(Duration drain) {
    server.stop((int) Math.max(0, Math.min(Integer.MAX_VALUE, drain.toSeconds())));
    exchanges.shutdown();
  }

  @Override
  public void close() {
    stop(Duration.ZERO);
  }

  private void exchange(HttpExchange exchange) {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      switch (path) {
        case "/health/liveness" -> health(exchange, method, true);
        case "/health/readiness" -> health(exchange, method, ready.getAsBoolean());
        default -> admission(exchange, path, method);
      }
    } catch (IOException gone) {
      LOG.atDebug().addKeyValue("error", gone.toString()).log("client connection closed before the answer was sent");
    } catch (RuntimeException | Error bug) {
      LOG.atError().addKeyValue("path", exchange.getRequestURI().getPath()).setCause(bug)
          .log("unexpected failure while serving a request");
      try {
        send(exchange, 500, TEXT, "internal error: " + Fallback.oneLine(bug instanceof RuntimeException r ? r
            : new IllegalStateException(bug.toString())));
      } catch (IOException | RuntimeException ignored) {
        // The response may already be under way; the connection is closed either way.
      }
    }
  }

  private void health(HttpExchange exchange, String method, boolean ok) throws IOException {
    if (!"GET".equals(method) && !"HEAD".equals(method)) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      send(exchange, 405, TEXT, "method " + method + " not allowed; use GET");
      return;
    }
    send(exchange, ok ? 200 : 503, TEXT, ok ? "ok" : "not ready");
  }

  private void admission(HttpExchange exchange, String path, String method) throws IOException {
    AdmissionHandler handler = routes.get(path);
    if (handler == null) {
      send(exchange, 404, TEXT, "no such path: " + path);
      return;
    }
    if (!"POST".equals(method)) {
      exchange.getResponseHeaders().set("Allow", "POST");
      send(exchange, 405, TEXT, "method " + method + " not allowed on " + path + "; send an AdmissionReview with POST");
      return;
    }
    AdmissionRequest request;
    try {
      request = AdmissionReviewCodec.decode(body(exchange));
    } catch (BadReviewException bad) {
      LOG.atDebug().addKeyValue("path", path).addKeyValue("status", bad.status()).addKeyValue("reason", bad.reason())
          .log("bad request");
      send(exchange, bad.status(), TEXT, bad.reason());
      return;
    }
    MDC.put("uid", request.uid());
    try {
      AdmissionDecision decision = handler.handle(request);
      sendBytes(exchange, 200, JSON, AdmissionReviewCodec.write(AdmissionReviewCodec.encode(request, decision)));
    } finally {
      MDC.remove("uid");
    }
  }

  /**
   * The request body, refused past the cap. The rest of a refused body is read and dropped (up to
   * {@link #DISCARD_LIMIT}) before answering: closing a connection with unread bytes makes the
   * kernel reset it, and the client would lose the 413 along with it.
   */
  private byte[] body(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    try (InputStream in = exchange.getRequestBody()) {
      if (length != null) {
        long declared;
        try {
          declared = Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
          throw BadReviewException.badRequest("invalid Content-Length \"" + length + "\"");
        }
        if (declared > maxBodyBytes) {
          discard(in);
          throw tooLarge(exchange);
        }
      }
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        discard(in);
        throw tooLarge(exchange);
      }
      return body;
    }
  }

  /** How much of a refused body is read and dropped before the connection is closed anyway. */
  static final long DISCARD_LIMIT = 32L * 1024 * 1024;

  private static void discard(InputStream in) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long total = 0;
    int read;
    while (total < DISCARD_LIMIT && (read = in.read(buffer)) > 0) {
      total += read;
    }
  }

  private BadReviewException tooLarge(HttpExchange exchange) {
    exchange.getResponseHeaders().set("Connection", "close");
    return new BadReviewException(413, "request body larger than " + sizeText(maxBodyBytes));
  }

  static String sizeText(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }

  private static void send(HttpExchange exchange, int status, String type, String text) throws IOException {
    sendBytes(exchange, status, type, (text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  private static void sendBytes(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
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
