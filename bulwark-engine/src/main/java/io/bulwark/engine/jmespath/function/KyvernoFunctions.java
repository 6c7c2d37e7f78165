package io.bulwark.engine.jmespath.function;

import io.bulwark.engine.jmespath.JmesFunction;
import java.time.Clock;
import java.util.List;

/**
 * Kyverno's 51 JMESPath extension functions ({@code pkg/engine/jmespath}), the list {@code bulwark
 * jp function} prints. {@code sum} replaces the standard function of that name.
 *
 * <table>
 *   <caption>The functions</caption>
 *   <tr><th>Name</th><th>Signature</th><th>Description</th></tr>
 *   <tr><td>compare</td><td>compare(string, string) number</td><td>compares two strings lexicographically</td></tr>
 *   <tr><td>equal_fold</td><td>equal_fold(string, string) bool</td><td>equal ignoring letter case</td></tr>
 *   <tr><td>replace</td><td>replace(string, string, string, number) string</td><td>replaces the first N occurrences (all when N is negative)</td></tr>
 *   <tr><td>replace_all</td><td>replace_all(string, string, string) string</td><td>replaces every occurrence</td></tr>
 *   <tr><td>to_upper</td><td>to_upper(string) string</td><td>upper case</td></tr>
 *   <tr><td>to_lower</td><td>to_lower(string) string</td><td>lower case</td></tr>
 *   <tr><td>trim</td><td>trim(string, string) string</td><td>removes the given characters from both ends</td></tr>
 *   <tr><td>trim_prefix</td><td>trim_prefix(string, string) string</td><td>removes a prefix when present</td></tr>
 *   <tr><td>split</td><td>split(string, string) array[string]</td><td>splits at every separator</td></tr>
 *   <tr><td>regex_replace_all</td><td>regex_replace_all(string, string|number, string|number) string</td><td>replaces regex matches, expanding $1 and ${name}</td></tr>
 *   <tr><td>regex_replace_all_literal</td><td>regex_replace_all_literal(string, string|number, string|number) string</td><td>replaces regex matches with a literal text</td></tr>
 *   <tr><td>regex_match</td><td>regex_match(string, string|number) bool</td><td>a regex matches somewhere in the value</td></tr>
 *   <tr><td>pattern_match</td><td>pattern_match(string, string|number) bool</td><td>wildcard match: * any run, ? one character</td></tr>
 *   <tr><td>label_match</td><td>label_match(object, object) bool</td><td>every label of the first object is in the second</td></tr>
 *   <tr><td>to_boolean</td><td>to_boolean(string) bool</td><td>'true' or 'false' in any letter case</td></tr>
 *   <tr><td>add</td><td>add(any, any) any</td><td>adds numbers, quantities or durations</td></tr>
 *   <tr><td>sum</td><td>sum(array) any</td><td>adds up an array of numbers, quantities or durations</td></tr>
 *   <tr><td>subtract</td><td>subtract(any, any) any</td><td>subtracts numbers, quantities or durations</td></tr>
 *   <tr><td>multiply</td><td>multiply(any, any) any</td><td>multiplies numbers, or a quantity or duration by a number</td></tr>
 *   <tr><td>divide</td><td>divide(any, any) any</td><td>divides numbers, quantities or durations</td></tr>
 *   <tr><td>modulo</td><td>modulo(any, any) any</td><td>remainder of whole numbers, quantities or durations</td></tr>
 *   <tr><td>round</td><td>round(number, number) number</td><td>rounds to N decimal places</td></tr>
 *   <tr><td>base64_decode</td><td>base64_decode(string) string</td><td>decodes standard base64</td></tr>
 *   <tr><td>base64_encode</td><td>base64_encode(string) string</td><td>encodes in standard base64</td></tr>
 *   <tr><td>time_since</td><td>time_since(string, string, string) string</td><td>duration from start to end (or now), with a Go layout</td></tr>
 *   <tr><td>time_now</td><td>time_now() string</td><td>current local time, RFC 3339</td></tr>
 *   <tr><td>time_now_utc</td><td>time_now_utc() string</td><td>current UTC time, RFC 3339</td></tr>
 *   <tr><td>time_add</td><td>time_add(string, string) string</td><td>RFC 3339 time plus a Go duration</td></tr>
 *   <tr><td>time_parse</td><td>time_parse(string, string) string</td><td>time in a Go layout (or Unix seconds) to RFC 3339</td></tr>
 *   <tr><td>time_to_cron</td><td>time_to_cron(string) string</td><td>cron expression for an RFC 3339 time</td></tr>
 *   <tr><td>time_utc</td><td>time_utc(string) string</td><td>RFC 3339 time in UTC</td></tr>
 *   <tr><td>time_diff</td><td>time_diff(string, string) string</td><td>duration between two RFC 3339 times</td></tr>
 *   <tr><td>time_before</td><td>time_before(string, string) bool</td><td>first time before the second</td></tr>
 *   <tr><td>time_after</td><td>time_after(string, string) bool</td><td>first time after the second</td></tr>
 *   <tr><td>time_between</td><td>time_between(string, string, string) bool</td><td>time strictly between start and end</td></tr>
 *   <tr><td>time_truncate</td><td>time_truncate(string, string) string</td><td>time rounded down to a multiple of a duration</td></tr>
 *   <tr><td>path_canonicalize</td><td>path_canonicalize(string) string</td><td>cleans a file path</td></tr>
 *   <tr><td>truncate</td><td>truncate(string, number) string</td><td>first N characters</td></tr>
 *   <tr><td>semver_compare</td><td>semver_compare(string, string) bool</td><td>version in a semver range</td></tr>
 *   <tr><td>parse_json</td><td>parse_json(string) any</td><td>decodes JSON text</td></tr>
 *   <tr><td>parse_yaml</td><td>parse_yaml(string) any</td><td>decodes YAML text</td></tr>
 *   <tr><td>lookup</td><td>lookup(object|array, string|number) any</td><td>value at a key or index</td></tr>
 *   <tr><td>items</td><td>items(object|array, string, string) array</td><td>entries as {key, value} objects</td></tr>
 *   <tr><td>object_from_lists</td><td>object_from_lists(array, array) object</td><td>object from keys and values</td></tr>
 *   <tr><td>random</td><td>random(string) string</td><td>random string matching a regex</td></tr>
 *   <tr><td>x509_decode</td><td>x509_decode(string) object</td><td>decodes a PEM certificate or request</td></tr>
 *   <tr><td>image_normalize</td><td>image_normalize(string) string</td><td>full image reference with registry and tag</td></tr>
 *   <tr><td>is_external_url</td><td>is_external_url(string) bool</td><td>URL host is not loopback or private</td></tr>
 *   <tr><td>sha256</td><td>sha256(string) string</td><td>SHA-256 hex digest</td></tr>
 *   <tr><td>sha1</td><td>sha1(string) string</td><td>SHA-1 hex digest</td></tr>
 *   <tr><td>md5</td><td>md5(string) string</td><td>MD5 hex digest</td></tr>
 * </table>
 *
 * <p>Each function's {@link JmesFunction#description()} gives the longer text; {@code
 * toString()} gives the signature as Kyverno prints it. The returned functions are immutable and
 * thread-safe.
 */
public final class KyvernoFunctions {

  private KyvernoFunctions() {}

  /** All 51 functions, with the system clock in the local time zone and Kyverno's defaults. */
  public static List<JmesFunction> all() {
    return all(Clock.systemDefaultZone());
  }

  /**
   * All 51 functions; {@code time_now}, {@code time_now_utc} and {@code time_since} read {@code
   * clock} ({@code time_now} prints in the clock's zone).
   */
  public static List<JmesFunction> all(Clock clock) {
    return all(clock, ImageNormalizeFunction.DEFAULT_REGISTRY, true);
  }

  /**
   * All 51 functions with Kyverno's registry settings for {@code image_normalize}: {@code
   * defaultRegistry} and {@code enableDefaultRegistryMutation}.
   */
  public static List<JmesFunction> all(
      Clock clock, String defaultRegistry, boolean enableDefaultRegistryMutation) {
    return List.of(
        new CompareFunction(),
        new EqualFoldFunction(),
        new ReplaceFunction(),
        new ReplaceAllFunction(),
        new ToUpperFunction(),
        new ToLowerFunction(),
        new TrimFunction(),
        new TrimPrefixFunction(),
        new SplitFunction(),
        new RegexReplaceAllFunction(),
        new RegexReplaceAllLiteralFunction(),
        new RegexMatchFunction(),
        new PatternMatchFunction(),
        new LabelMatchFunction(),
        new ToBooleanFunction(),
        new AddFunction(),
        new SumFunction(),
        new SubtractFunction(),
        new MultiplyFunction(),
        new DivideFunction(),
        new ModuloFunction(),
        new RoundFunction(),
        new Base64DecodeFunction(),
        new Base64EncodeFunction(),
        new TimeSinceFunction(clock),
        new TimeNowFunction(clock),
        new TimeNowUtcFunction(clock),
        new TimeAddFunction(),
        new TimeParseFunction(),
        new TimeToCronFunction(),
        new TimeUtcFunction(),
        new TimeDiffFunction(),
        new TimeBeforeFunction(),
        new TimeAfterFunction(),
        new TimeBetweenFunction(),
        new TimeTruncateFunction(),
        new PathCanonicalizeFunction(),
        new TruncateFunction(),
        new SemverCompareFunction(),
        new ParseJsonFunction(),
        new ParseYamlFunction(),
        new LookupFunction(),
        new ItemsFunction(),
        new ObjectFromListsFunction(),
        new RandomFunction(),
        new X509DecodeFunction(),
        new ImageNormalizeFunction(defaultRegistry, enableDefaultRegistryMutation),
        new IsExternalUrlFunction(),
        HashFunction.sha256(),
        HashFunction.sha1(),
        HashFunction.md5());
  }
}
