const editor = document.getElementById('reply-editor');

// Formatting buttons keep the caret in the editor, as rich-text toolbars do.
for (const button of document.querySelectorAll('[data-command]')) {
  button.addEventListener('mousedown', (event) => event.preventDefault());
  button.addEventListener('click', () => document.execCommand(button.dataset.command));
}

// Posting adds the reply under the thread and empties the editor from script (no input event).
document.getElementById('post-reply').addEventListener('click', () => {
  if (!editor.innerText.trim()) return;
  const post = document.createElement('article');
  post.className = 'post';
  post.innerHTML = `
    <span class="avatar avatar--me" aria-hidden="true">WL</span>
    <div>
      <header class="post__header">
        <span class="post__author">wrenlight</span><span class="post__badge">Member</span>
        <time class="post__time">Just now</time>
      </header>
      <div class="post__body"><p></p></div>
    </div>`;
  post.querySelector('p').innerText = editor.innerText.trim();
  document.querySelector('.reply-box').before(post);
  editor.replaceChildren();
});
