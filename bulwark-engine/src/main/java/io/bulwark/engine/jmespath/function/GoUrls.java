package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.value.GoText;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The parts of Go's {@code net/url} and {@code net} that {@code is_external_url} relies on: the
 * host name of a URL ({@code url.Parse(...).Hostname()}) and IP literal parsing ({@code
 * net.ParseIP}), with Go's error texts.
 */
final class GoUrls {

  private GoUrls() {}

  /** A URL that Go's {@code url.Parse} rejects. */
  static final class Invalid extends Exception {
    Invalid(String message) {
      super(message, null, false, false);
    }
  }

  /** The host of {@code url} without port or IPv6 brackets; empty when it has no authority. */
  static String hostname(String url) throws Invalid {
    String prefix = "parse " + GoText.quote(url) + ": ";
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        throw new Invalid(prefix + "net/url: invalid control character in URL");
      }
    }
    String rest = url;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      rest = rest.substring(0, hash);
    }
    String scheme = scheme(rest, prefix);
    if (!scheme.isEmpty()) {
      rest = rest.substring(scheme.length() + 1);
    }
    int query = rest.indexOf('?');
    if (query >= 0) {
      rest = rest.substring(0, query);
    }
    if (!rest.startsWith("//") || (scheme.isEmpty() && rest.startsWith("///"))) {
      return "";
    }
    String authority = rest.substring(2);
    int slash = authority.indexOf('/');
    if (slash >= 0) {
      authority = authority.substring(0, slash);
    }
    int at = authority.lastIndexOf('@');
    String host = at >= 0 ? authority.substring(at + 1) : authority;
    if (host.startsWith("[")) {
      int close = host.indexOf(']');
      if (close < 0) {
        throw new Invalid(prefix + "missing ']' in host");
      }
      String port = host.substring(close + 1);
      if (!port.isEmpty() && !port.matches(":[0-9]*")) {
        throw new Invalid(prefix + "invalid port " + GoText.quote(port) + " after host");
      }
      return host.substring(1, close);
    }
    int colon = host.lastIndexOf(':');
    if (colon >= 0) {
      String port = host.substring(colon);
      if (!port.matches(":[0-9]*")) {
        throw new Invalid(prefix + "invalid port " + GoText.quote(port) + " after host");
      }
      host = host.substring(0, colon);
    }
    return host;
  }

  /** The scheme before the first {@code :}, or "" when there is none. */
  private static String scheme(String rawUrl, String prefix) throws Invalid {
    for (int i = 0; i < rawUrl.length(); i++) {
      char c = rawUrl.charAt(i);
      if (Character.isLetter(c) && c < 0x80) {
        continue;
      }
      if ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.') {
        if (i == 0) {
          return "";
        }
        continue;
      }
      if (c == ':') {
        if (i == 0) {
          throw new Invalid(prefix + "missing protocol scheme");
        }
        return rawUrl.substring(0, i);
      }
      return "";
    }
    return "";
  }

  /** {@code net.ParseIP}: the 4 or 16 address bytes of an IP literal, or empty. */
  static Optional<byte[]> parseIp(String s) {
    if (s.matches("(0|[1-9][0-9]{0,2})(\\.(0|[1-9][0-9]{0,2})){3}")) {
      byte[] ip = new byte[4];
      String[] parts = s.split("\\.");
      for (int i = 0; i < 4; i++) {
        int part = Integer.parseInt(parts[i]);
        if (part > 255) {
          return Optional.empty();
        }
        ip[i] = (byte) part;
      }
      return Optional.of(ip);
    }
    if (s.indexOf(':') >= 0 && s.matches("[0-9A-Fa-f:.]+")) {
      try {
        // A literal, so no lookup happens.
        return Optional.of(InetAddress.getByName("[" + s + "]").getAddress());
      } catch (UnknownHostException | IllegalArgumentException notAnAddress) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
