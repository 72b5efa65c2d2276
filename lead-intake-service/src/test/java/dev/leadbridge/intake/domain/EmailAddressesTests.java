package dev.leadbridge.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.leadbridge.infrastructure.testing.SharedReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The e-mail rule against two public corpora read in place (Dominic Sayers' isemail suite with its web-form
 * expectations, validator.js's default {@code isEmail} cases), and against the classes of address the rule exists
 * to refuse. Where it deliberately disagrees with a corpus, the address is listed here with the reason.
 */
class EmailAddressesTests {

    /** isemail accepts these; a lead's address needs a top-level domain of two or more letters. */
    private static final Set<String> REFUSED_THOUGH_ISEMAIL_ACCEPTS = Set.of(
            "test@io",                      // no top-level domain at all
            "test@iana.a",                  // one-letter top-level domain
            "test@iana.co-uk",              // a top-level domain is letters only
            "a@a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z"
                    + ".a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y"
                    + ".z.a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v"); // one-letter top-level domain again

    /** validator.js accepts these by default; HTML forms, and so leads, refuse quoted and non-ASCII local parts. */
    private static final Set<String> REFUSED_THOUGH_VALIDATOR_JS_ACCEPTS = Set.of(
            "hans.m端ller@test.com",
            "\"foobar\"@example.com",
            "\"  foo  m端ller \"@example.com",
            "\"foo\\@bar\"@example.com");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void agreesWithTheIsemailCorpusWebFormExpectations() throws IOException {
        JsonNode rows = json.readTree(SharedReference.file("email/isemail_tests_flat.json").toFile()).get("rows");
        Map<String, Boolean> acceptedByCorpus = new HashMap<>();
        rows.forEach(row -> acceptedByCorpus.put(row.get("address").asText(),
                expectsAccept(row.get("web_form_expectation").asText())));

        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (JsonNode row : rows) {
            String address = row.get("address").asText();
            boolean expected = REFUSED_THOUGH_ISEMAIL_ACCEPTS.contains(address) ? false
                    : !address.equals(address.trim())
                    // white space and line breaks around an address are dropped before the rule applies (a pasted
                    // address carries them): such a row is judged as the corpus judges the address without them
                    ? acceptedByCorpus.getOrDefault(address.trim(), false)
                    : acceptedByCorpus.get(address);
            if (EmailAddresses.isValid(address) != expected) {
                disagreements.add(row.get("id").asText() + " " + printable(address) + " expected " + expected);
            }
            checked++;
        }
        assertThat(checked).isEqualTo(164);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void agreesWithValidatorJsDefaultCases() throws IOException {
        JsonNode cases = json.readTree(SharedReference.file("email/validatorjs_isEmail_cases.json").toFile())
                .get("cases");
        List<String> disagreements = new ArrayList<>();
        int checked = 0;
        for (JsonNode testCase : cases) {
            if (!testCase.get("args").isEmpty()) {
                continue; // options such as allow_display_name or host lists are validator.js features, not rules
            }
            for (JsonNode address : testCase.path("valid")) {
                boolean expected = !REFUSED_THOUGH_VALIDATOR_JS_ACCEPTS.contains(address.asText());
                if (EmailAddresses.isValid(address.asText()) != expected) {
                    disagreements.add("valid " + printable(address.asText()));
                }
                checked++;
            }
            for (JsonNode address : testCase.path("invalid")) {
                if (EmailAddresses.isValid(address.asText())) {
                    disagreements.add("invalid " + printable(address.asText()));
                }
                checked++;
            }
        }
        assertThat(checked).isEqualTo(61);
        assertThat(disagreements).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ada@_engines.example", "ada@mail._engines.example",       // a label starting with _
            "z@co.c", "ada@engines.x",                                    // a one-letter top-level domain
            "ada@engines.123", "ada@engines.c0m", "ada@engines.co-uk",   // top-level domains with digits or hyphens
            "ada@engines\u2002.example", "ada@engines.co\u2003m", "ada@en\u2004gines.example",
            "ada@engines.co\u2005m", "ada@engines.co\u2006m", "ada@engines.co\u2007m", "ada@engines.co\u2008m",
            "ada@engines.co\u2009m", "ada@engines.co\u200Am", "ada@engines.co\u202Fm", "ada@engines.co\u205Fm",
            "ada@engines.co\u3000m", "ada@engines.co\u00A0m",             // Unicode spaces inside the domain
            "ada@ｅｎｇｉｎｅｓ.example", "ada@engines.ｃｏｍ",                 // full-width letters
            "ada@engines.example©", "ada@engines©.example", "ada@engines.example\uFFFD",
            "ada@engines..example", "ada@.engines.example", "ada@engines.example.", "ada@-engines.example",
            "ada@engines-.example", "ada@engines", "ada", "@engines.example", "ada@", "ada@@engines.example",
            "a b@engines.example", "ada@engi nes.example", "ada\n@engines.example", "ada@engines.ex\tample",
            ".ada@engines.example", "ada.@engines.example", "a..da@engines.example", "ada\u0000@engines.example",
            "ada@xn--zz.example", "ada@xn--.example", "ada@engines.xn--"})
    void refusesAddressesNoMailSystemDeliversTo(String address) {
        assertThatThrownBy(() -> EmailAddresses.normalise(address))
                .isInstanceOf(InvalidLeadException.class)
                .extracting(e -> ((InvalidLeadException) e).field()).isEqualTo("email");
    }

    @Test
    void refusesOverlongAddressesAndLabels() {
        String label63 = "a".repeat(63);
        assertThat(EmailAddresses.isValid("ada@" + label63 + ".example")).isTrue();
        assertThat(EmailAddresses.isValid("ada@" + label63 + "a.example")).isFalse();
        assertThat(EmailAddresses.isValid("a".repeat(64) + "@engines.example")).isTrue();
        assertThat(EmailAddresses.isValid("a".repeat(65) + "@engines.example")).isFalse();
        String domain246 = String.join(".", label63, label63, label63, "a".repeat(50) + ".com");
        assertThat(EmailAddresses.isValid("a".repeat(7) + "@" + domain246)).isTrue();   // 254 characters
        assertThat(EmailAddresses.isValid("a".repeat(8) + "@" + domain246)).isFalse();
    }

    @Test
    void normalisesCaseCompositionSurroundingWhiteSpaceAndALabels() {
        assertThat(EmailAddresses.normalise(" \r\n Ada.Lovelace@Engines.EXAMPLE\t")).isEqualTo("ada.lovelace@engines.example");
        assertThat(EmailAddresses.normalise("zoe@mu\u0308ller.example")).isEqualTo("zoe@müller.example");
        assertThat(EmailAddresses.normalise("zoe@xn--mller-kva.example")).isEqualTo("zoe@müller.example");
        assertThat(EmailAddresses.normalise("ZOE@MÜLLER.EXAMPLE")).isEqualTo("zoe@müller.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ada@engines.example", "first.o'brien+leads@sub.engines.example", "x@x.au",
            "ada@müller.de", "ada@παράδειγμα.δοκιμή", "ada@例え.テスト", "ada@engines.xn--jxalpdlp",
            "!#$%&'*+/=?^_`{|}~-@engines.example", "ada@123.example", "ada@c--n.example"})
    void acceptsWhatAWebFormAccepts(String address) {
        assertThat(EmailAddresses.isValid(address)).as(address).isTrue();
    }

    @Test
    void namesWhatIsWrong() {
        assertThatThrownBy(() -> EmailAddresses.normalise("z@co.c"))
                .hasMessageContaining("top-level domain");
        assertThatThrownBy(() -> EmailAddresses.normalise("ada@_engines.example"))
                .hasMessageContaining("letters, digits or inner hyphens");
        assertThatThrownBy(() -> EmailAddresses.normalise(" "))
                .hasMessageContaining("needs an e-mail address");
    }

    private static boolean expectsAccept(String webFormExpectation) {
        // "policy" rows are RFC-valid oddities (quoted strings, comments, address literals, folding white space): a
        // web form refuses them, as HTML's own rule does
        return webFormExpectation.equals("accept");
    }

    private static String printable(String address) {
        StringBuilder out = new StringBuilder();
        address.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? "\\u%04X".formatted(c) : (char) c));
        return out.toString();
    }
}
