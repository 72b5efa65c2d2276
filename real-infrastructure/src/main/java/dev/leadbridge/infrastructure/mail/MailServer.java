package dev.leadbridge.infrastructure.mail;

import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Header;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A real SMTP server (GreenMail) in this JVM, accepting mail for any address, so notifications are sent over a real
 * SMTP conversation and read back as they arrived. No authentication, no TLS: a local test server.
 */
public final class MailServer implements AutoCloseable {

    /** GreenMail logs every new mailbox it creates; held here, since JUL keeps loggers only weakly. */
    private static final java.util.logging.Logger GREENMAIL_LOG = java.util.logging.Logger.getLogger(
            "com.icegreen.greenmail");

    private final ServerSetup setup;
    private volatile GreenMail greenMail;

    private MailServer(ServerSetup setup) {
        this.setup = setup;
        this.greenMail = running(setup);
    }

    /** Starts an SMTP server on the loopback interface at {@code port}. */
    public static MailServer start(int port) {
        GREENMAIL_LOG.setLevel(java.util.logging.Level.WARNING);
        return new MailServer(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static GreenMail running(ServerSetup setup) {
        GreenMail greenMail = new GreenMail(setup);
        greenMail.start();
        return greenMail;
    }

    /** Stops accepting mail, as a mail server that is down; {@link #restart()} brings it back on the same port. */
    public void stop() {
        greenMail.stop();
    }

    /** Starts again on the same port, with empty mailboxes. */
    public void restart() {
        greenMail.stop();
        greenMail = running(setup);
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return setup.getPort();
    }

    /** Every mail received so far, oldest first. */
    public List<ReceivedMail> received() {
        return greenMail.getManagers().getImapHostManager().getAllMessages().stream()
                .map(MailServer::read)
                .sorted(Comparator.comparing(ReceivedMail::receivedAt))
                .toList();
    }

    /** Forgets every mail received so far. */
    public void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (Exception e) {
            throw new IllegalStateException("cannot empty the test mailboxes", e);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }

    private static ReceivedMail read(StoredMessage stored) {
        MimeMessage message = stored.getMimeMessage();
        try {
            return new ReceivedMail(addresses(message.getAllRecipients()), addresses(message.getFrom()).get(0),
                    message.getSubject(), text(message), stored.getReceivedDate().toInstant(), headers(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read a received mail", e);
        }
    }

    private static Map<String, String> headers(MimeMessage message) throws MessagingException {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : Collections.list(message.getAllHeaders())) {
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        return Collections.unmodifiableMap(headers);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    /** The plain-text part of the mail (the whole body when it is not multipart). */
    private static String text(Part part) throws MessagingException, IOException {
        Object content = part.getContent();
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part child = multipart.getBodyPart(i);
                if (child.isMimeType("text/plain") || child.isMimeType("multipart/*")) {
                    return text(child);
                }
            }
        }
        return "";
    }

    /**
     * One mail as the server received it.
     *
     * @param headers the first value of each header, by name in any case
     */
    public record ReceivedMail(List<String> to, String from, String subject, String text, Instant receivedAt,
                               Map<String, String> headers) {
    }
}
