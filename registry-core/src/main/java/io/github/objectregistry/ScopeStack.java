package io.github.objectregistry;

import java.util.Arrays;
import java.util.Map;

/**
 * What one thread sees of one registry's scopes: a chain of immutable {@link ScopeLayer}s, and the
 * {@link CustomObjectScope} handles of the scopes this thread opened on top of it. Under a
 * {@link ScopeSnapshot}, the chain starts with the snapshot's layers: its base, which this thread can see but
 * never close, as it has no handle for them.
 *
 * <p>Only its owner thread ever touches it, so it needs no lock. It stays in the registry's {@link ThreadLocal}
 * when its last scope closes, so that opening the next scope allocates no stack and sets no thread-local:
 * removing it there made opening and closing a scope about three times slower in {@code ScopeBenchmarks}. A
 * boundary, {@link ObjectRegistry#closeScopesAbove(int)}, removes it instead; an attachment puts back the
 * stack it replaced. A thread's own stack refers to neither the registry nor its thread-local, so a discarded
 * registry's entries can still be collected; one installed by an attachment does, through the attachment, but
 * only until the attachment ends.
 */
final class ScopeStack {

    private static final CustomObjectScope[] NO_SCOPES = {};

    private final Thread owner = Thread.currentThread();

    /** The attachment that installed this stack over the thread's previous one, or {@code null}. */
    private final ScopeSnapshot.Attachment attachment;

    /** The innermost layer this thread sees, or {@code null}. */
    private ScopeLayer top;

    /** Empty until the first scope: a task run under a snapshot usually opens none. */
    private CustomObjectScope[] scopes = NO_SCOPES;

    /** How many of {@link #scopes} are open: the ones this thread opened, above any snapshot's layers. */
    private int count;

    /** Whether an attachment hides this stack while a task runs on its thread, so its scopes cannot close. */
    private boolean suspended;

    ScopeStack(ScopeLayer base, ScopeSnapshot.Attachment attachment) {
        this.top = base;
        this.attachment = attachment;
    }

    Thread owner() {
        return this.owner;
    }

    ScopeSnapshot.Attachment attachment() {
        return this.attachment;
    }

    /** The number of layers this thread sees: a snapshot's and its own. */
    int depth() {
        return (this.top != null) ? this.top.depth() : 0;
    }

    ScopeLayer top() {
        return this.top;
    }

    boolean isSuspended() {
        return this.suspended;
    }

    void setSuspended(boolean suspended) {
        this.suspended = suspended;
    }

    CustomObjectScope push(Map<String, Object> entries) {
        if (this.count == this.scopes.length) {
            this.scopes = Arrays.copyOf(this.scopes, Math.max(4, this.count * 2));
        }
        this.top = new ScopeLayer(entries, this.top);
        CustomObjectScope scope = new CustomObjectScope(this, this.top);
        this.scopes[this.count++] = scope;
        return scope;
    }

    /** The innermost scope this thread opened, or {@code null} if it opened none (a snapshot's do not count). */
    CustomObjectScope innermost() {
        return (this.count > 0) ? this.scopes[this.count - 1] : null;
    }

    /** Pops the innermost scope; the caller has checked that it is {@code scope}. */
    void pop(CustomObjectScope scope) {
        this.scopes[--this.count] = null;
        this.top = this.top.outer();
    }

    /**
     * Force-closes this thread's own scopes above {@code depth}, innermost first; a snapshot's layers are never
     * closed. Returns how many there were.
     */
    int closeAbove(int depth) {
        int closed = 0;
        while (this.count > 0 && this.top.depth() > depth) {
            CustomObjectScope scope = innermost();
            scope.markClosed();
            pop(scope);
            closed++;
        }
        return closed;
    }

    /**
     * Binds {@code name} in the innermost layer by replacing that layer, so that a snapshot holding it never
     * sees the change; the caller has checked that there is a layer.
     */
    void write(String name, Object value) {
        this.top = this.top.with(name, value);
        if (this.count > 0) {
            this.scopes[this.count - 1].setLayer(this.top);
        }
    }

    /** Whether this stack can leave the thread-local: no layer at all, and no attachment waiting to end. */
    boolean isDisposable() {
        return this.top == null && this.attachment == null;
    }

    @Override
    public String toString() {
        return "scopes on " + this.owner.getName() + " [" + ((this.top != null) ? this.top : "") + "]";
    }
}
