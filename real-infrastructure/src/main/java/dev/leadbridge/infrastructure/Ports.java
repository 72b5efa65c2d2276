package dev.leadbridge.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Port helpers: tests take free ports so parallel builds never collide; the local run wants fixed ones. */
public final class Ports {

    private Ports() {
    }

    /** Ports this JVM handed out already: the kernel may offer a port again before its first taker binds it. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    /** A free loopback port no earlier call of this JVM returned. */
    public static int freePort() {
        for (int attempt = 0; attempt < 100; attempt++) {
            int port = anyFreePort();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free local port that was not handed out already");
    }

    private static int anyFreePort() {
        try (ServerSocket socket = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free local port", e);
        }
    }

    /** True when something accepts connections on the loopback port. */
    public static boolean inUse(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The preferred port when nothing listens on it, else a free one. */
    public static int preferredOrFree(int preferred) {
        return inUse(preferred) ? freePort() : preferred;
    }
}
