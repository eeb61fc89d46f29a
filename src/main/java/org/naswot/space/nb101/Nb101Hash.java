package org.naswot.space.nb101;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * NAS-Bench-101's isomorphism-invariant cell hash (graph_util.hash_module): iterated MD5 of each vertex's
 * (out-degree, in-degree, label) and its neighbours' hashes, then MD5 of the sorted list, with Python's
 * str() formatting reproduced so the keys equal the benchmark's {@code module_hash}.
 */
final class Nb101Hash {
    private Nb101Hash() {
    }

    static String of(Nb101Architecture a) {
        int n = a.vertices();
        List<String> hashes = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            int out = 0;
            int in = 0;
            for (int w = 0; w < n; w++) {
                out += a.edge(v, w) ? 1 : 0;
                in += a.edge(w, v) ? 1 : 0;
            }
            hashes.add(md5("(" + out + ", " + in + ", " + a.ops().get(v).hashLabel() + ")"));
        }
        for (int round = 0; round < n; round++) {
            List<String> next = new ArrayList<>();
            for (int v = 0; v < n; v++) {
                List<String> ins = new ArrayList<>();
                List<String> outs = new ArrayList<>();
                for (int w = 0; w < n; w++) {
                    if (a.edge(w, v)) {
                        ins.add(hashes.get(w));
                    }
                    if (a.edge(v, w)) {
                        outs.add(hashes.get(w));
                    }
                }
                Collections.sort(ins);
                Collections.sort(outs);
                next.add(md5(String.join("", ins) + "|" + String.join("", outs) + "|" + hashes.get(v)));
            }
            hashes = next;
        }
        List<String> sorted = new ArrayList<>(hashes);
        Collections.sort(sorted);
        StringBuilder repr = new StringBuilder("[");
        for (int i = 0; i < sorted.size(); i++) {
            repr.append(i == 0 ? "" : ", ").append('\'').append(sorted.get(i)).append('\'');
        }
        return md5(repr.append(']').toString());
    }

    private static String md5(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
