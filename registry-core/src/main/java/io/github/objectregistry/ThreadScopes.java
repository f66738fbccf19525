package io.github.objectregistry;

import java.util.Map;

/**
 * One registry's scopes on every thread: the {@link ThreadLocal} that holds each thread's {@link ScopeStack},
 * and the operations on it that the registry, its live view and its snapshots share. Every method acts on the
 * calling thread's stack only.
 */
final class ThreadScopes {

    private final ThreadLocal<ScopeStack> stacks = new ThreadLocal<>();

    /** What {@link #capture()} returns on a thread without scopes: one value per registry, never allocated again. */
    private final ScopeSnapshot empty = new ScopeSnapshot(this, null);

    /** The calling thread's stack, or {@code null} if it holds no state of this registry. */
    ScopeStack current() {
        return this.stacks.get();
    }

    /**
     * The value bound to {@code name} by the calling thread's innermost scope that binds it, {@link
     * ScopeLayer#REMOVED} if that scope removed it, or {@code null}: the lookup's hot path, so no lock.
     */
    Object find(String name) {
        ScopeStack stack = this.stacks.get();
        ScopeLayer top = (stack != null) ? stack.top() : null;
        return (top != null) ? top.find(name) : null;
    }

    ScopeSnapshot empty() {
        return this.empty;
    }

    CustomObjectScope open(Map<String, Object> entries) {
        ScopeStack stack = this.stacks.get();
        if (stack == null) {
            stack = new ScopeStack(null, null);
            this.stacks.set(stack);
        }
        return stack.push(entries);
    }

    int depth() {
        ScopeStack stack = this.stacks.get();
        return (stack != null) ? stack.depth() : 0;
    }

    int closeAbove(int depth) {
        ScopeStack stack = this.stacks.get();
        int closed = (stack != null) ? stack.closeAbove(Math.max(depth, 0)) : 0;
        if (stack != null && stack.isDisposable()) {
            // A closed scope's stack is kept for the next scope on this thread, which is cheap (see ScopeStack);
            // a boundary is where the thread may next serve another application, so it lets go of it here. A
            // stack installed by an attachment stays until the attachment ends, which puts back the one it hid.
            this.stacks.remove();
        }
        return closed;
    }

    /** Whether the calling thread sees any scope, its own or a snapshot's: then writes go to the innermost. */
    boolean inScope() {
        ScopeStack stack = this.stacks.get();
        return stack != null && stack.top() != null;
    }

    /**
     * Binds {@code name} to {@code value} (or {@link ScopeLayer#REMOVED}) in the innermost layer this thread
     * sees, a snapshot's included, for this thread only; the caller has checked {@link #inScope()}.
     */
    void write(String name, Object value) {
        this.stacks.get().write(name, value);
    }

    ScopeSnapshot capture() {
        ScopeStack stack = this.stacks.get();
        ScopeLayer top = (stack != null) ? stack.top() : null;
        return (top != null) ? new ScopeSnapshot(this, top) : this.empty;
    }

    /**
     * Installs a stack whose base is the snapshot's layers, hiding (and suspending) the thread's own stack until
     * the attachment ends.
     */
    ScopeSnapshot.Attachment attach(ScopeLayer base) {
        ScopeStack previous = this.stacks.get();
        ScopeSnapshot.Attachment attachment = new ScopeSnapshot.Attachment(this, previous, base);
        if (previous != null) {
            previous.setSuspended(true);
        }
        this.stacks.set(attachment.installed());
        return attachment;
    }

    /**
     * Puts back the stack that {@code attachment} hid, exactly as it was, after closing whatever was left open
     * above the snapshot: the task's own scopes, and attachments made inside this one that never ended.
     * @return how many scopes were left open
     */
    int detach(ScopeSnapshot.Attachment attachment) {
        int leaked = 0;
        ScopeStack stack = this.stacks.get();
        while (stack != null) {
            leaked += stack.closeAbove(0);
            ScopeSnapshot.Attachment inner = stack.attachment();
            if (inner == attachment || inner == null) {
                break;
            }
            inner.abandon();
            stack = inner.previous();
        }
        ScopeStack previous = attachment.previous();
        if (previous == null) {
            this.stacks.remove();
        }
        else {
            previous.setSuspended(false);
            this.stacks.set(previous);
        }
        return leaked;
    }

    /** A snapshot of what the calling thread can resolve: {@code globals}, overlaid by its scopes. */
    Map<String, Object> overlay(Map<String, Object> globals) {
        ScopeStack stack = this.stacks.get();
        if (stack != null && stack.top() != null) {
            stack.top().overlay(globals);
        }
        return globals;
    }
}
