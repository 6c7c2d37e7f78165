package io.bulwark.engine.jmespath.function;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Go's {@code x509.Certificate} and {@code x509.CertificateRequest} as {@code encoding/json}
 * prints them and Kyverno decodes them again: the same field names in the same order, byte slices
 * as base64, absent slices as null, object identifiers as arrays of numbers, times in RFC 3339,
 * every number a float64. The RSA public key is replaced by Kyverno's {@code {N: "decimal", E:
 * 65537}}.
 *
 * <p>Fields come from Go 1.21's structs (up to {@code PolicyIdentifiers}), the version whose output
 * Kyverno's tests pin. Stateless.
 */
final class X509Json {

  private static final Base64.Encoder BASE64 = Base64.getEncoder();

  private static final Map<String, Integer> SIGNATURE_ALGORITHMS =
      Map.ofEntries(
          Map.entry("1.2.840.113549.1.1.2", 1),
          Map.entry("1.2.840.113549.1.1.4", 2),
          Map.entry("1.2.840.113549.1.1.5", 3),
          Map.entry("1.3.14.3.2.29", 3),
          Map.entry("1.2.840.113549.1.1.11", 4),
          Map.entry("1.2.840.113549.1.1.12", 5),
          Map.entry("1.2.840.113549.1.1.13", 6),
          Map.entry("1.2.840.10040.4.3", 7),
          Map.entry("2.16.840.1.101.3.4.3.2", 8),
          Map.entry("1.2.840.10045.4.1", 9),
          Map.entry("1.2.840.10045.4.3.2", 10),
          Map.entry("1.2.840.10045.4.3.3", 11),
          Map.entry("1.2.840.10045.4.3.4", 12),
          Map.entry("1.3.101.112", 16));
  private static final Map<String, Integer> PSS_HASHES =
      Map.of(
          "2.16.840.1.101.3.4.2.1", 13, "2.16.840.1.101.3.4.2.2", 14, "2.16.840.1.101.3.4.2.3", 15);
  private static final Map<String, Integer> PUBLIC_KEY_ALGORITHMS =
      Map.of(
          "1.2.840.113549.1.1.1", 1,
          "1.2.840.10040.4.1", 2,
          "1.2.840.10045.2.1", 3,
          "1.3.101.112", 4);
  private static final Map<String, Integer> EXT_KEY_USAGES =
      Map.ofEntries(
          Map.entry("2.5.29.37.0", 0),
          Map.entry("1.3.6.1.5.5.7.3.1", 1),
          Map.entry("1.3.6.1.5.5.7.3.2", 2),
          Map.entry("1.3.6.1.5.5.7.3.3", 3),
          Map.entry("1.3.6.1.5.5.7.3.4", 4),
          Map.entry("1.3.6.1.5.5.7.3.5", 5),
          Map.entry("1.3.6.1.5.5.7.3.6", 6),
          Map.entry("1.3.6.1.5.5.7.3.7", 7),
          Map.entry("1.3.6.1.5.5.7.3.8", 8),
          Map.entry("1.3.6.1.5.5.7.3.9", 9),
          Map.entry("1.3.6.1.4.1.311.10.3.3", 10),
          Map.entry("2.16.840.1.113730.4.1", 11),
          Map.entry("1.3.6.1.4.1.311.2.1.22", 12),
          Map.entry("1.3.6.1.4.1.311.61.1.1", 13));
  private static final String RSA = "1.2.840.113549.1.1.1";
  private static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";
  private static final String OCSP = "1.3.6.1.5.5.7.48.1";
  private static final String CA_ISSUERS = "1.3.6.1.5.5.7.48.2";
  private static final String EXTENSION_REQUEST = "1.2.840.113549.1.9.14";
  private static final String SUBJECT_ALT_NAME = "2.5.29.17";

  private X509Json() {}

  /** Why a DER structure could not be used; the message is what Kyverno users see. */
  static final class Unusable extends Exception {
    Unusable(String message) {
      super(message, null, false, false);
    }
  }

  /** The JSON of the certificate in {@code der}. */
  static ObjectNode certificate(byte[] der) throws Unusable {
    try {
      return new CertificateReader(der).read();
    } catch (Der.Malformed | RuntimeException malformed) {
      if (malformed instanceof UnusableRuntime u) {
        throw new Unusable(u.getMessage());
      }
      throw new Unusable("x509: malformed certificate");
    }
  }

  /** The JSON of the certificate request in {@code der}. */
  static ObjectNode certificateRequest(byte[] der) throws Unusable {
    try {
      return readRequest(der);
    } catch (Der.Malformed | RuntimeException malformed) {
      if (malformed instanceof UnusableRuntime u) {
        throw new Unusable(u.getMessage());
      }
      throw new Unusable("x509: malformed certificate request");
    }
  }

  private static final class UnusableRuntime extends RuntimeException {
    UnusableRuntime(String message) {
      super(message, null, false, false);
    }
  }

  /** The fields of a certificate, in Go's order, gathered while reading. */
  private static final class CertificateReader {
    private final byte[] der;
    private final ObjectNode out = JsonValues.FACTORY.objectNode();
    private final Fields fields = new Fields();

    CertificateReader(byte[] der) {
      this.der = der;
    }

    ObjectNode read() throws Der.Malformed {
      Der certificate = Der.parse(der);
      List<Der> outer = certificate.children(Der.SEQUENCE);
      if (outer.size() != 3) {
        throw new Der.Malformed();
      }
      Der tbs = outer.get(0);
      List<Der> items = tbs.children(Der.SEQUENCE);
      int i = 0;
      int version = 0;
      if (items.get(i).isContext(0)) {
        version = items.get(i).children().get(0).integer().intValueExact();
        i++;
      }
      if (version < 0 || version > 2) {
        throw new UnusableRuntime("x509: invalid version");
      }
      BigInteger serial = items.get(i++).integer();
      i++; // the inner signature algorithm, which must match the outer one
      Der issuer = items.get(i++);
      List<Der> validity = items.get(i++).children(Der.SEQUENCE);
      Der subject = items.get(i++);
      Der publicKeyInfo = items.get(i++);
      List<Der> extensions = List.of();
      for (; i < items.size(); i++) {
        if (items.get(i).isContext(3)) {
          extensions = items.get(i).children().get(0).children(Der.SEQUENCE);
        }
      }

      out.put("Raw", base64(certificate.encoded()));
      out.put("RawTBSCertificate", base64(tbs.encoded()));
      out.put("RawSubjectPublicKeyInfo", base64(publicKeyInfo.encoded()));
      out.put("RawSubject", base64(subject.encoded()));
      out.put("RawIssuer", base64(issuer.encoded()));
      out.put("Signature", base64(outer.get(2).bitStringBytes()));
      out.set("SignatureAlgorithm", JsonValues.number(signatureAlgorithm(outer.get(1))));
      PublicKey key = publicKey(publicKeyInfo);
      out.set("PublicKeyAlgorithm", JsonValues.number(key.algorithm()));
      out.set("PublicKey", key.json());
      out.set("Version", JsonValues.number(version + 1));
      out.set("SerialNumber", JsonValues.number(serial.doubleValue()));
      out.set("Issuer", name(issuer));
      out.set("Subject", name(subject));
      out.put("NotBefore", time(validity.get(0)));
      out.put("NotAfter", time(validity.get(1)));
      ArrayNode extensionJson = extensions.isEmpty() ? null : JsonValues.FACTORY.arrayNode();
      for (Der extension : extensions) {
        Extension e = Extension.of(extension);
        extensionJson.add(e.json());
        fields.process(e);
      }
      out.set("KeyUsage", JsonValues.number(fields.keyUsage));
      out.set("Extensions", orNull(extensionJson));
      out.set("ExtraExtensions", JsonValues.FACTORY.nullNode());
      out.set("UnhandledCriticalExtensions", orNull(fields.unhandledCritical));
      out.set("ExtKeyUsage", orNull(fields.extKeyUsage));
      out.set("UnknownExtKeyUsage", orNull(fields.unknownExtKeyUsage));
      out.put("BasicConstraintsValid", fields.basicConstraintsValid);
      out.put("IsCA", fields.isCa);
      out.set("MaxPathLen", JsonValues.number(fields.maxPathLen));
      out.put("MaxPathLenZero", fields.maxPathLenZero);
      out.set("SubjectKeyId", bytesOrNull(fields.subjectKeyId));
      out.set("AuthorityKeyId", bytesOrNull(fields.authorityKeyId));
      out.set("OCSPServer", orNull(fields.ocspServer));
      out.set("IssuingCertificateURL", orNull(fields.issuingCertificateUrl));
      fields.writeNames(out);
      out.put("PermittedDNSDomainsCritical", fields.permittedDnsDomainsCritical);
      out.set("PermittedDNSDomains", orNull(fields.permittedDnsDomains));
      out.set("ExcludedDNSDomains", orNull(fields.excludedDnsDomains));
      out.set("PermittedIPRanges", orNull(fields.permittedIpRanges));
      out.set("ExcludedIPRanges", orNull(fields.excludedIpRanges));
      out.set("PermittedEmailAddresses", orNull(fields.permittedEmails));
      out.set("ExcludedEmailAddresses", orNull(fields.excludedEmails));
      out.set("PermittedURIDomains", orNull(fields.permittedUriDomains));
      out.set("ExcludedURIDomains", orNull(fields.excludedUriDomains));
      out.set("CRLDistributionPoints", orNull(fields.crlDistributionPoints));
      out.set("PolicyIdentifiers", orNull(fields.policyIdentifiers));
      return out;
    }
  }

  private static ObjectNode readRequest(byte[] der) throws Der.Malformed {
    Der request = Der.parse(der);
    List<Der> outer = request.children(Der.SEQUENCE);
    if (outer.size() != 3) {
      throw new Der.Malformed();
    }
    Der info = outer.get(0);
    List<Der> items = info.children(Der.SEQUENCE);
    int version = items.get(0).integer().intValueExact();
    Der subject = items.get(1);
    Der publicKeyInfo = items.get(2);
    List<Der> attributes = items.size() > 3 && items.get(3).isContext(0)
        ? items.get(3).children()
        : List.of();

    ObjectNode out = JsonValues.FACTORY.objectNode();
    out.put("Raw", base64(request.encoded()));
    out.put("RawTBSCertificateRequest", base64(info.encoded()));
    out.put("RawSubjectPublicKeyInfo", base64(publicKeyInfo.encoded()));
    out.put("RawSubject", base64(subject.encoded()));
    out.set("Version", JsonValues.number(version));
    out.put("Signature", base64(outer.get(2).bitStringBytes()));
    out.set("SignatureAlgorithm", JsonValues.number(signatureAlgorithm(outer.get(1))));
    PublicKey key = publicKey(publicKeyInfo);
    out.set("PublicKeyAlgorithm", JsonValues.number(key.algorithm()));
    out.set("PublicKey", key.json());
    out.set("Subject", name(subject));

    ArrayNode attributeJson = null;
    ArrayNode extensionJson = null;
    Fields fields = new Fields();
    for (Der attribute : attributes) {
      List<Der> parts = attribute.children(Der.SEQUENCE);
      int[] type = parts.get(0).oid();
      JsonNode values = attributeValues(parts.get(1));
      if (values != null) {
        if (attributeJson == null) {
          attributeJson = JsonValues.FACTORY.arrayNode();
        }
        ObjectNode a = JsonValues.FACTORY.objectNode();
        a.set("Type", oidJson(type));
        a.set("Value", values);
        attributeJson.add(a);
      }
      if (dotted(type).equals(EXTENSION_REQUEST)) {
        for (Der extension : parts.get(1).children(Der.SET).get(0).children(Der.SEQUENCE)) {
          Extension e = Extension.of(extension);
          if (extensionJson == null) {
            extensionJson = JsonValues.FACTORY.arrayNode();
          }
          extensionJson.add(e.json());
          if (e.id().equals(SUBJECT_ALT_NAME)) {
            fields.subjectAltNames(e.value());
          }
        }
      }
    }
    out.set("Attributes", orNull(attributeJson));
    out.set("Extensions", orNull(extensionJson));
    out.set("ExtraExtensions", JsonValues.FACTORY.nullNode());
    fields.writeNames(out);
    return out;
  }

  /**
   * Go's {@code parseRawAttributes}: an attribute whose value is a SET of SEQUENCEs of (type,
   * value, ...) sequences becomes {@code [[{Type, Value}]]}; any other shape is skipped (null
   * here).
   */
  private static JsonNode attributeValues(Der set) {
    try {
      ArrayNode outerList = JsonValues.FACTORY.arrayNode();
      for (Der sequence : set.children(Der.SET)) {
        ArrayNode innerList = JsonValues.FACTORY.arrayNode();
        for (Der pair : sequence.children(Der.SEQUENCE)) {
          // Go's asn1 allows extra trailing elements: a critical extension's Value is its flag.
          List<Der> typeAndValue = pair.children(Der.SEQUENCE);
          if (typeAndValue.size() < 2) {
            return null;
          }
          ObjectNode atv = JsonValues.FACTORY.objectNode();
          atv.set("Type", oidJson(typeAndValue.get(0).oid()));
          atv.set("Value", anyValue(typeAndValue.get(1)));
          innerList.add(atv);
        }
        outerList.add(innerList);
      }
      return outerList;
    } catch (Der.Malformed | RuntimeException notThatShape) {
      return null;
    }
  }

  /** Go's {@code asn1.Unmarshal} into {@code interface{}}, as JSON. */
  private static JsonNode anyValue(Der value) throws Der.Malformed {
    String text = value.string();
    if (text != null) {
      return JsonValues.text(text);
    }
    return switch (value.tag()) {
      case Der.BOOLEAN -> JsonValues.bool(value.bool());
      case Der.INTEGER -> JsonValues.number(value.integer().doubleValue());
      case Der.OID -> oidJson(value.oid());
      default -> JsonValues.text(base64(value.content()));
    };
  }

  /** Values gathered from a certificate's extensions, with Go's zero values. */
  private static final class Fields {
    int keyUsage;
    ArrayNode unhandledCritical;
    ArrayNode extKeyUsage;
    ArrayNode unknownExtKeyUsage;
    boolean basicConstraintsValid;
    boolean isCa;
    long maxPathLen;
    boolean maxPathLenZero;
    byte[] subjectKeyId;
    byte[] authorityKeyId;
    ArrayNode ocspServer;
    ArrayNode issuingCertificateUrl;
    ArrayNode dnsNames;
    ArrayNode emailAddresses;
    ArrayNode ipAddresses;
    ArrayNode uris;
    boolean permittedDnsDomainsCritical;
    ArrayNode permittedDnsDomains;
    ArrayNode excludedDnsDomains;
    ArrayNode permittedIpRanges;
    ArrayNode excludedIpRanges;
    ArrayNode permittedEmails;
    ArrayNode excludedEmails;
    ArrayNode permittedUriDomains;
    ArrayNode excludedUriDomains;
    ArrayNode crlDistributionPoints;
    ArrayNode policyIdentifiers;

    void process(Extension e) throws Der.Malformed {
      boolean unhandled = false;
      Der value = Der.parse(e.value());
      switch (e.id()) {
        case "2.5.29.15" -> {
          byte[] bits = value.bitStringBytes();
          for (int bit = 0; bit < 9; bit++) {
            int index = bit / 8;
            if (index < bits.length && (bits[index] & (0x80 >> (bit % 8))) != 0) {
              keyUsage |= 1 << bit;
            }
          }
        }
        case "2.5.29.19" -> {
          basicConstraintsValid = true;
          maxPathLen = -1;
          for (Der item : value.children(Der.SEQUENCE)) {
            if (item.tag() == Der.BOOLEAN) {
              isCa = item.bool();
            } else if (item.tag() == Der.INTEGER) {
              maxPathLen = item.integer().longValue();
            }
          }
          maxPathLenZero = maxPathLen == 0;
        }
        case SUBJECT_ALT_NAME -> {
          subjectAltNames(e.value());
          // Go records the extension as unhandled when it yielded no name at all.
          unhandled =
              dnsNames == null && emailAddresses == null && ipAddresses == null && uris == null;
        }
        case "2.5.29.30" -> {
          nameConstraints(value, e.critical());
        }
        case "2.5.29.31" -> {
          for (Der point : value.children(Der.SEQUENCE)) {
            for (Der field : point.children(Der.SEQUENCE)) {
              if (!field.isContext(0)) {
                continue;
              }
              for (Der name : field.children()) {
                if (!name.isContext(0)) {
                  continue;
                }
                for (Der general : name.children()) {
                  if (general.isContext(6)) {
                    crlDistributionPoints = add(crlDistributionPoints, asciiOf(general));
                  }
                }
              }
            }
          }
        }
        case "2.5.29.35" -> {
          for (Der item : value.children(Der.SEQUENCE)) {
            if (item.isContext(0)) {
              authorityKeyId = item.content();
            }
          }
        }
        case "2.5.29.37" -> {
          for (Der purpose : value.children(Der.SEQUENCE)) {
            int[] oid = purpose.oid();
            Integer known = EXT_KEY_USAGES.get(dotted(oid));
            if (known != null) {
              extKeyUsage = add(extKeyUsage, JsonValues.number(known));
            } else {
              unknownExtKeyUsage = add(unknownExtKeyUsage, oidJson(oid));
            }
          }
        }
        case "2.5.29.14" -> subjectKeyId = value.expect(Der.OCTET_STRING).content();
        case "2.5.29.32" -> {
          for (Der policy : value.children(Der.SEQUENCE)) {
            policyIdentifiers =
                add(policyIdentifiers, oidJson(policy.children(Der.SEQUENCE).get(0).oid()));
          }
        }
        case AUTHORITY_INFO_ACCESS -> {
          for (Der access : value.children(Der.SEQUENCE)) {
            List<Der> parts = access.children(Der.SEQUENCE);
            if (parts.size() != 2 || !parts.get(1).isContext(6)) {
              continue;
            }
            String method = dotted(parts.get(0).oid());
            if (method.equals(OCSP)) {
              ocspServer = add(ocspServer, asciiOf(parts.get(1)));
            } else if (method.equals(CA_ISSUERS)) {
              issuingCertificateUrl = add(issuingCertificateUrl, asciiOf(parts.get(1)));
            }
          }
        }
        default -> unhandled = true;
      }
      if (e.critical() && unhandled) {
        unhandledCritical = add(unhandledCritical, oidJson(e.oid()));
      }
    }

    void subjectAltNames(byte[] extensionValue) throws Der.Malformed {
      for (Der name : Der.parse(extensionValue).children(Der.SEQUENCE)) {
        if (name.isContext(1)) {
          emailAddresses = add(emailAddresses, asciiOf(name));
        } else if (name.isContext(2)) {
          dnsNames = add(dnsNames, asciiOf(name));
        } else if (name.isContext(6)) {
          uris = add(uris, uri(asciiOf(name).stringValue()));
        } else if (name.isContext(7)) {
          ipAddresses = add(ipAddresses, JsonValues.text(ipString(name.content())));
        }
      }
    }

    private void nameConstraints(Der value, boolean critical) throws Der.Malformed {
      permittedDnsDomainsCritical = critical;
      for (Der subtrees : value.children(Der.SEQUENCE)) {
        boolean permitted = subtrees.isContext(0);
        for (Der subtree : subtrees.children()) {
          Der base = subtree.children(Der.SEQUENCE).get(0);
          JsonNode text = asciiOf(base);
          if (base.isContext(2)) {
            if (permitted) {
              permittedDnsDomains = add(permittedDnsDomains, text);
            } else {
              excludedDnsDomains = add(excludedDnsDomains, text);
            }
          } else if (base.isContext(1)) {
            if (permitted) {
              permittedEmails = add(permittedEmails, text);
            } else {
              excludedEmails = add(excludedEmails, text);
            }
          } else if (base.isContext(6)) {
            if (permitted) {
              permittedUriDomains = add(permittedUriDomains, text);
            } else {
              excludedUriDomains = add(excludedUriDomains, text);
            }
          } else if (base.isContext(7)) {
            byte[] bytes = base.content();
            int half = bytes.length / 2;
            ObjectNode net = JsonValues.FACTORY.objectNode();
            net.put("IP", ipString(Arrays.copyOfRange(bytes, 0, half)));
            net.put("Mask", base64(Arrays.copyOfRange(bytes, half, bytes.length)));
            if (permitted) {
              permittedIpRanges = add(permittedIpRanges, net);
            } else {
              excludedIpRanges = add(excludedIpRanges, net);
            }
          }
        }
      }
    }

    void writeNames(ObjectNode out) {
      out.set("DNSNames", orNull(dnsNames));
      out.set("EmailAddresses", orNull(emailAddresses));
      out.set("IPAddresses", orNull(ipAddresses));
      out.set("URIs", orNull(uris));
    }
  }

  /** One extension: its identifier, criticality and raw value. */
  private record Extension(int[] oid, String id, boolean critical, byte[] value) {
    static Extension of(Der extension) throws Der.Malformed {
      List<Der> parts = extension.children(Der.SEQUENCE);
      int[] oid = parts.get(0).oid();
      boolean critical = parts.size() == 3 && parts.get(1).bool();
      byte[] value = parts.get(parts.size() - 1).expect(Der.OCTET_STRING).content();
      return new Extension(oid, dotted(oid), critical, value);
    }

    ObjectNode json() {
      ObjectNode e = JsonValues.FACTORY.objectNode();
      e.set("Id", oidJson(oid));
      e.put("Critical", critical);
      e.put("Value", base64(value));
      return e;
    }
  }

  private record PublicKey(int algorithm, JsonNode json) {}

  /** The key algorithm, and Kyverno's {@code {N, E}} for RSA keys (the only kind it accepts). */
  private static PublicKey publicKey(Der info) throws Der.Malformed {
    List<Der> parts = info.children(Der.SEQUENCE);
    String algorithm = dotted(parts.get(0).children(Der.SEQUENCE).get(0).oid());
    int code = PUBLIC_KEY_ALGORITHMS.getOrDefault(algorithm, 0);
    if (!algorithm.equals(RSA)) {
      return new PublicKey(code, JsonValues.FACTORY.nullNode());
    }
    try {
      List<Der> key = Der.parse(parts.get(1).bitStringBytes()).children(Der.SEQUENCE);
      BigInteger modulus = key.get(0).integer();
      BigInteger exponent = key.get(1).integer();
      if (modulus.signum() <= 0 || exponent.signum() <= 0 || exponent.bitLength() > 31) {
        throw new Der.Malformed();
      }
      ObjectNode json = JsonValues.FACTORY.objectNode();
      json.put("N", modulus.toString());
      json.set("E", JsonValues.number(exponent.intValue()));
      return new PublicKey(code, json);
    } catch (Der.Malformed | RuntimeException bad) {
      throw new UnusableRuntime("failed to parse subject public key info");
    }
  }

  private static int signatureAlgorithm(Der algorithmIdentifier) throws Der.Malformed {
    List<Der> parts = algorithmIdentifier.children(Der.SEQUENCE);
    String oid = dotted(parts.get(0).oid());
    if (oid.equals("1.2.840.113549.1.1.10") && parts.size() > 1) {
      for (Der param : parts.get(1).children(Der.SEQUENCE)) {
        if (param.isContext(0)) {
          String hash = dotted(param.children().get(0).children(Der.SEQUENCE).get(0).oid());
          return PSS_HASHES.getOrDefault(hash, 0);
        }
      }
      return 0;
    }
    return SIGNATURE_ALGORITHMS.getOrDefault(oid, 0);
  }

  /** {@code pkix.Name} after {@code FillFromRDNSequence}. */
  private static ObjectNode name(Der rdnSequence) throws Der.Malformed {
    ArrayNode country = null;
    ArrayNode organization = null;
    ArrayNode unit = null;
    ArrayNode locality = null;
    ArrayNode province = null;
    ArrayNode street = null;
    ArrayNode postalCode = null;
    String serialNumber = "";
    String commonName = "";
    ArrayNode names = null;
    for (Der rdn : rdnSequence.children(Der.SEQUENCE)) {
      for (Der atv : rdn.children(Der.SET)) {
        List<Der> parts = atv.children(Der.SEQUENCE);
        int[] type = parts.get(0).oid();
        String value = parts.get(1).string();
        if (value == null) {
          throw new UnusableRuntime(
              "x509: invalid RDNSequence: invalid attribute value: unsupported string type: "
                  + parts.get(1).tag());
        }
        ObjectNode entry = JsonValues.FACTORY.objectNode();
        entry.set("Type", oidJson(type));
        entry.put("Value", value);
        names = add(names, entry);
        if (type.length == 4 && type[0] == 2 && type[1] == 5 && type[2] == 4) {
          JsonNode text = JsonValues.text(value);
          switch (type[3]) {
            case 3 -> commonName = value;
            case 5 -> serialNumber = value;
            case 6 -> country = add(country, text);
            case 7 -> locality = add(locality, text);
            case 8 -> province = add(province, text);
            case 9 -> street = add(street, text);
            case 10 -> organization = add(organization, text);
            case 11 -> unit = add(unit, text);
            case 17 -> postalCode = add(postalCode, text);
            default -> {}
          }
        }
      }
    }
    ObjectNode out = JsonValues.FACTORY.objectNode();
    out.set("Country", orNull(country));
    out.set("Organization", orNull(organization));
    out.set("OrganizationalUnit", orNull(unit));
    out.set("Locality", orNull(locality));
    out.set("Province", orNull(province));
    out.set("StreetAddress", orNull(street));
    out.set("PostalCode", orNull(postalCode));
    out.put("SerialNumber", serialNumber);
    out.put("CommonName", commonName);
    out.set("Names", orNull(names));
    out.set("ExtraNames", JsonValues.FACTORY.nullNode());
    return out;
  }

  /** A UTCTime or GeneralizedTime as Go's {@code time.Time} JSON (RFC 3339 with nanoseconds). */
  private static String time(Der time) throws Der.Malformed {
    String text = new String(time.content(), StandardCharsets.US_ASCII);
    String pattern =
        time.tag() == Der.UTC_TIME
            ? "(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})?()(Z|[+-]\\d{4})"
            : "(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\.\\d+)?(Z|[+-]\\d{4})";
    var m = Pattern.compile(pattern).matcher(text);
    if (!m.matches()) {
      throw new Der.Malformed();
    }
    int year = Integer.parseInt(m.group(1));
    if (time.tag() == Der.UTC_TIME) {
      year += year < 50 ? 2000 : 1900;
    }
    int nanos = 0;
    if (m.group(7) != null && !m.group(7).isEmpty()) {
      String digits = (m.group(7).substring(1) + "000000000").substring(0, 9);
      nanos = Integer.parseInt(digits);
    }
    ZoneOffset offset =
        m.group(8).equals("Z")
            ? ZoneOffset.UTC
            : ZoneOffset.ofHoursMinutes(
                Integer.parseInt(m.group(8).substring(0, 3)),
                Integer.parseInt(m.group(8).charAt(0) + m.group(8).substring(3)));
    var local =
        LocalDateTime.of(
            year,
            Integer.parseInt(m.group(2)),
            Integer.parseInt(m.group(3)),
            Integer.parseInt(m.group(4)),
            Integer.parseInt(m.group(5)),
            m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
            nanos);
    OffsetDateTime t = OffsetDateTime.of(local, offset);
    String base = GoTime.formatRfc3339(t);
    if (nanos == 0) {
      return base;
    }
    String fraction = String.format("%09d", nanos).replaceAll("0+$", "");
    return base.substring(0, 19) + "." + fraction + base.substring(19);
  }

  /** A URI SAN as Go's {@code url.URL} JSON. */
  private static ObjectNode uri(String text) {
    String rest = text;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    String query = "";
    int question = rest.indexOf('?');
    if (question >= 0) {
      query = rest.substring(question + 1);
      rest = rest.substring(0, question);
    }
    String scheme = "";
    int colon = rest.indexOf(':');
    if (colon > 0 && rest.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*")) {
      scheme = rest.substring(0, colon).toLowerCase(Locale.ROOT);
      rest = rest.substring(colon + 1);
    }
    String host = "";
    String opaque = "";
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      rest = slash < 0 ? "" : rest.substring(slash);
    } else if (!scheme.isEmpty() && !rest.startsWith("/")) {
      opaque = rest;
      rest = "";
    }
    ObjectNode url = JsonValues.FACTORY.objectNode();
    url.put("Scheme", scheme);
    url.put("Opaque", opaque);
    url.set("User", JsonValues.FACTORY.nullNode());
    url.put("Host", host);
    url.put("Path", rest);
    url.put("RawPath", "");
    url.put("OmitHost", false);
    url.put("ForceQuery", false);
    url.put("RawQuery", query);
    url.put("Fragment", fragment);
    url.put("RawFragment", "");
    return url;
  }

  /** Go's {@code net.IP.String()}: dotted IPv4, or RFC 5952 IPv6. */
  static String ipString(byte[] ip) {
    if (ip.length == 4) {
      return (ip[0] & 0xff) + "." + (ip[1] & 0xff) + "." + (ip[2] & 0xff) + "." + (ip[3] & 0xff);
    }
    if (ip.length != 16) {
      var hex = new StringBuilder("?");
      for (byte b : ip) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return hex.toString();
    }
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= ip[i] == 0;
    }
    if (mapped && (ip[10] & 0xff) == 0xff && (ip[11] & 0xff) == 0xff) {
      return ipString(Arrays.copyOfRange(ip, 12, 16));
    }
    int[] groups = new int[8];
    for (int i = 0; i < 8; i++) {
      groups[i] = ((ip[2 * i] & 0xff) << 8) | (ip[2 * i + 1] & 0xff);
    }
    int bestStart = -1;
    int bestLength = 0;
    for (int i = 0; i < 8; i++) {
      int j = i;
      while (j < 8 && groups[j] == 0) {
        j++;
      }
      if (j - i > bestLength && j - i >= 2) {
        bestStart = i;
        bestLength = j - i;
      }
      i = Math.max(i, j);
    }
    var out = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        out.append("::");
        i += bestLength - 1;
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) != ':') {
        out.append(':');
      }
      out.append(Integer.toHexString(groups[i]));
    }
    return out.toString();
  }

  private static JsonNode asciiOf(Der element) {
    return JsonValues.text(new String(element.content(), StandardCharsets.UTF_8));
  }

  private static ArrayNode add(ArrayNode list, JsonNode value) {
    ArrayNode result = list == null ? JsonValues.FACTORY.arrayNode() : list;
    result.add(value);
    return result;
  }

  private static JsonNode orNull(JsonNode node) {
    return node == null ? JsonValues.FACTORY.nullNode() : node;
  }

  private static JsonNode bytesOrNull(byte[] bytes) {
    return bytes == null ? JsonValues.FACTORY.nullNode() : JsonValues.text(base64(bytes));
  }

  private static String base64(byte[] bytes) {
    return BASE64.encodeToString(bytes);
  }

  private static ArrayNode oidJson(int[] oid) {
    ArrayNode arcs = JsonValues.FACTORY.arrayNode();
    for (int arc : oid) {
      arcs.add(JsonValues.number(arc));
    }
    return arcs;
  }

  private static String dotted(int[] oid) {
    List<String> arcs = new ArrayList<>();
    for (int arc : oid) {
      arcs.add(Integer.toString(arc));
    }
    return String.join(".", arcs);
  }
}
