package org.scm.mapping.stack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Port checks with messages a person can act on. */
final class Ports {

    private Ports() {}

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true); // a port in TIME_WAIT is free to use
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    static void requireFree(int port, String what, String property) {
        if (!isFree(port)) {
            throw new StackException("Port " + port + " (" + what + ") is already in use. Stop what uses it, "
                    + "or choose another port with -D" + property + "=<port>.");
        }
    }

    static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("No free local port: " + e.getMessage());
        }
    }
}
