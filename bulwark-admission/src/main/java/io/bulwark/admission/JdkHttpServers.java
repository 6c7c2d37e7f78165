package io.bulwark.admission;

/**
 * Settings of the JDK's built-in HTTP server that are read once, from system properties, when its
 * first server is created. Without {@code sun.net.httpserver.nodelay} every keep-alive response
 * waits for Nagle's algorithm and the client's delayed ACK: about 40 ms per request instead of a
 * fraction of a millisecond. A value the user set on the command line is kept.
 */
final class JdkHttpServers {

  private JdkHttpServers() {}

  static void configure() {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }
}
