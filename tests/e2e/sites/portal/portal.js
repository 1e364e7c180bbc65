// Sending posts the reply into the thread and empties the composer, as a real portal does.
const form = document.getElementById('reply-form');
const reply = document.getElementById('reply');
const messages = document.getElementById('messages');

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = reply.value.trim();
  if (!text) return;
  const article = document.createElement('article');
  article.className = 'message message--outgoing';
  article.dataset.author = 'clinician';
  article.innerHTML = `
    <span class="avatar avatar--clinician" aria-hidden="true">PN</span>
    <div>
      <header class="message__header">
        <span class="message__author">Dr. Priya Nair</span><span class="message__role">Clinician</span>
        <time class="message__time">Just now</time>
      </header>
      <div class="message__body"></div>
    </div>`;
  for (const paragraph of text.split(/\n+/)) {
    const p = document.createElement('p');
    p.textContent = paragraph;
    article.querySelector('.message__body').append(p);
  }
  messages.append(article);
  reply.value = '';
});
