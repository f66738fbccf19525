package io.github.objectregistry.sample;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the README's curl session: each {@code shell} block holding a {@code curl} command, followed by an
 * {@code http} block with the expected status line, headers and JSON body.
 */
final class ReadmeSession {

    /** One request of the session and the answer the README shows for it. */
    record Exchange(String command, String method, String path, Map<String, String> headers, String body,
            int expectedStatus, Map<String, String> expectedHeaders, String expectedBody) {
    }

    private ReadmeSession() {
    }

    static List<Exchange> parse(String markdown) {
        List<Exchange> exchanges = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```shell")) {
                continue;
            }
            int end = closingFence(lines, i);
            String command = String.join("\n", lines.subList(i + 1, end));
            if (!command.startsWith("curl ")) {
                continue;
            }
            int responseStart = end + 1;
            while (lines.get(responseStart).isBlank()) {
                responseStart++;
            }
            if (!lines.get(responseStart).equals("```http")) {
                throw new IllegalStateException("README: the curl command '" + command.lines().findFirst().get()
                        + "' must be followed by an ```http block with the expected answer");
            }
            int responseEnd = closingFence(lines, responseStart);
            exchanges.add(exchange(command, lines.subList(responseStart + 1, responseEnd)));
            i = responseEnd;
        }
        return exchanges;
    }

    private static int closingFence(List<String> lines, int opening) {
        for (int i = opening + 1; i < lines.size(); i++) {
            if (lines.get(i).equals("```")) {
                return i;
            }
        }
        throw new IllegalStateException("README: unclosed code block at line " + (opening + 1));
    }

    private static Exchange exchange(String command, List<String> response) {
        List<String> words = shellWords(command);
        String method = null;
        String url = null;
        String body = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-i", "-s", "-si" -> {
                }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":\\s*", 2);
                    headers.put(header[0], header[1]);
                }
                case "-d" -> body = words.get(++i);
                default -> {
                    if (word.startsWith("-")) {
                        throw new IllegalStateException("README: unsupported curl option " + word);
                    }
                    url = word;
                }
            }
        }
        if (method == null) {
            method = (body != null) ? "POST" : "GET";
        }
        String path = url.substring(url.indexOf('/'));
        int status = Integer.parseInt(response.get(0).split(" ")[1]);
        Map<String, String> expectedHeaders = new LinkedHashMap<>();
        int line = 1;
        for (; line < response.size() && !response.get(line).isBlank(); line++) {
            String[] header = response.get(line).split(":\\s*", 2);
            expectedHeaders.put(header[0], header[1]);
        }
        String expectedBody = String.join("\n", response.subList(Math.min(line + 1, response.size()), response.size()));
        return new Exchange(command, method, path, headers, body, status, expectedHeaders, expectedBody.strip());
    }

    /** Splits a command as a POSIX shell would, for the subset the README uses: words and single quotes. */
    static List<String> shellWords(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = null;
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                }
                else {
                    word.append(c);
                }
            }
            else if (c == '\'') {
                quoted = true;
                word = (word != null) ? word : new StringBuilder();
            }
            else if (c == '\\' && i + 1 < command.length() && command.charAt(i + 1) == '\n') {
                i++;
            }
            else if (Character.isWhitespace(c)) {
                if (word != null) {
                    words.add(word.toString());
                    word = null;
                }
            }
            else {
                word = (word != null) ? word : new StringBuilder();
                word.append(c);
            }
        }
        if (word != null) {
            words.add(word.toString());
        }
        return words;
    }
}
