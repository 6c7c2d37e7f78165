package io.bulwark.engine.jmespath.function;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code is_external_url(url)}: false when the URL's host is, or resolves to, a loopback or
 * private address (Go's {@code IsLoopback} and {@code IsPrivate}: 127/8, 10/8, 172.16/12,
 * 192.168/16, ::1, fc00::/7); true otherwise, link-local and unspecified addresses included, as in
 * Kyverno. Host names are looked up in DNS through the given resolver; a failed lookup is an error
 * ({@code lookup example.invalid: no such host}).
 */
final class IsExternalUrlFunction extends BaseFunction {

  /** Resolves a host name to its addresses, as Go's {@code net.LookupIP}. */
  @FunctionalInterface
  interface HostResolver {
    List<InetAddress> resolve(String host) throws UnknownHostException;
  }

  private final HostResolver resolver;

  IsExternalUrlFunction() {
    this(host -> List.of(InetAddress.getAllByName(host)));
  }

  IsExternalUrlFunction(HostResolver resolver) {
    super(
        "is_external_url",
        "bool",
        "tells whether a URL points outside the cluster network: false for loopback and private"
            + " addresses, after a DNS lookup for host names",
        STRING);
    this.resolver = resolver;
  }

  @Override
  public JsonNode call(List<JsonNode> arguments) {
    // Kyverno checks this argument under the name path_canonicalize.
    String url = Args.string("path_canonicalize", arguments, 0);
    String host;
    try {
      host = GoUrls.hostname(url);
    } catch (GoUrls.Invalid invalid) {
      throw KyvernoErrors.unwrapped(invalid.getMessage());
    }
    Optional<byte[]> literal = GoUrls.parseIp(host);
    if (literal.isPresent()) {
      return JsonValues.bool(!isInternal(literal.get()));
    }
    List<InetAddress> addresses;
    try {
      if (host.isEmpty()) {
        throw new UnknownHostException(host);
      }
      addresses = resolver.resolve(host);
    } catch (UnknownHostException notFound) {
      throw KyvernoErrors.unwrapped("lookup " + host + ": no such host");
    }
    for (InetAddress address : addresses) {
      if (isInternal(address.getAddress())) {
        return JsonValues.bool(false);
      }
    }
    return JsonValues.bool(true);
  }

  /** Go's {@code ip.IsLoopback() || ip.IsPrivate()}, for 4- or 16-byte addresses. */
  static boolean isInternal(byte[] ip) {
    byte[] v4 = ip.length == 4 ? ip : mappedIpv4(ip);
    if (v4 != null) {
      int a = v4[0] & 0xff;
      int b = v4[1] & 0xff;
      return a == 127 || a == 10 || (a == 172 && (b & 0xf0) == 16) || (a == 192 && b == 168);
    }
    boolean loopback = true;
    for (int i = 0; i < 15; i++) {
      loopback &= ip[i] == 0;
    }
    loopback &= ip[15] == 1;
    return loopback || (ip[0] & 0xfe) == 0xfc;
  }

  private static byte[] mappedIpv4(byte[] ip) {
    for (int i = 0; i < 10; i++) {
      if (ip[i] != 0) {
        return null;
      }
    }
    if ((ip[10] & 0xff) != 0xff || (ip[11] & 0xff) != 0xff) {
      return null;
    }
    return new byte[] {ip[12], ip[13], ip[14], ip[15]};
  }
}
