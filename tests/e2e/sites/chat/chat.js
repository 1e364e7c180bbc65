const composer = document.getElementById('composer');
const messages = document.getElementById('messages');

function send() {
  const text = composer.innerText.trim();
  if (!text) return;
  const bubble = document.createElement('li');
  bubble.className = 'bubble bubble--outgoing';
  bubble.textContent = text;
  const time = document.createElement('time');
  time.textContent = new Date().toLocaleTimeString([], { hour: 'numeric', minute: '2-digit' });
  bubble.append(time);
  messages.append(bubble);
  composer.replaceChildren();
  messages.scrollTop = messages.scrollHeight;
}

// Enter sends and Shift+Enter is swallowed: the composer holds one line, like most chat apps.
composer.addEventListener('keydown', (event) => {
  if (event.key !== 'Enter' || event.isComposing) return;
  event.preventDefault();
  if (!event.shiftKey) send();
});
document.getElementById('send').addEventListener('click', send);
