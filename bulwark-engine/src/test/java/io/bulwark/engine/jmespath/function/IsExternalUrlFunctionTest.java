package io.bulwark.engine.jmespath.function;

import static org.assertj.core.api.Assertions.assertThat;

import io.bulwark.engine.jmespath.JmesPathException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** is_external_url, with a fake DNS so that no test depends on the network. */
class IsExternalUrlFunctionTest {

  private static final Map<String, List<String>> DNS =
      Map.of(
          "example.com", List.of("93.184.216.34"),
          "internal.svc", List.of("10.96.0.10"),
          "mixed.example", List.of("93.184.216.34", "192.168.1.5"),
          "v6.example", List.of("2606:2800:220:1::1"));

  private static final Calls CALLS =
      Calls.with(List.of(new IsExternalUrlFunction(IsExternalUrlFunctionTest::resolve)));

  private static List<InetAddress> resolve(String host) throws UnknownHostException {
    List<String> addresses = DNS.get(host);
    if (addresses == null) {
      throw new UnknownHostException(host);
    }
    var result = new java.util.ArrayList<InetAddress>();
    for (String address : addresses) {
      result.add(InetAddress.getByName(address));
    }
    return result;
  }

  static Stream<Arguments> urls() {
    return Stream.of(
        Arguments.of("https://example.com/path", true),
        Arguments.of("http://internal.svc:8080/x", false),
        Arguments.of("https://mixed.example", false),
        Arguments.of("https://v6.example", true),
        Arguments.of("http://127.0.0.1:8080", false),
        Arguments.of("http://10.1.2.3", false),
        Arguments.of("http://172.16.0.1", false),
        Arguments.of("http://172.32.0.1", true),
        Arguments.of("http://192.168.0.1", false),
        Arguments.of("http://8.8.8.8", true),
        Arguments.of("http://[::1]:80/", false),
        Arguments.of("http://[fd00::1]/", false),
        Arguments.of("http://[2001:db8::1]/", true),
        Arguments.of("http://[::ffff:10.0.0.1]/", false),
        // Go's IsPrivate leaves out link-local and unspecified addresses.
        Arguments.of("http://169.254.169.254/latest/meta-data", true),
        Arguments.of("http://0.0.0.0", true),
        Arguments.of("http://user:pass@127.0.0.1/", false));
  }

  @ParameterizedTest(name = "{0} external: {1}")
  @MethodSource("urls")
  void classifiesHosts(String url, boolean external) {
    assertThat(CALLS.evaluate("is_external_url('" + url + "')").booleanValue()).isEqualTo(external);
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of("https://unknown.invalid/", "lookup unknown.invalid: no such host"),
        Arguments.of("not a url", "lookup : no such host"),
        Arguments.of("http://a:b/", "parse \"http://a:b/\": invalid port \":b\" after host"),
        Arguments.of(":foo", "parse \":foo\": missing protocol scheme"));
  }

  @ParameterizedTest(name = "{0} fails")
  @MethodSource("errors")
  void failsWithGoMessage(String url, String message) {
    try {
      CALLS.evaluate("is_external_url('" + url + "')");
      throw new AssertionError("no failure for " + url);
    } catch (JmesPathException expected) {
      assertThat(expected.getMessage()).isEqualTo(message);
    }
  }

  @Test
  void rejectsControlCharacters() {
    try {
      CALLS.evaluate("is_external_url('http://a\u0001b')");
      throw new AssertionError("no failure");
    } catch (JmesPathException expected) {
      assertThat(expected.getMessage()).endsWith("net/url: invalid control character in URL");
    }
  }
}
