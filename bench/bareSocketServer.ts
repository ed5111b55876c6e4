import { createServer } from 'node:http';
import { Server } from 'socket.io';

/**
 * The baseline: a bare Socket.IO server that broadcasts every "post" to everyone in its room,
 * and acknowledges it. Prints its port.
 */
const httpServer = createServer();
const io = new Server(httpServer, { serveClient: false });
io.on('connection', (socket) => {
  socket.on('join', (room: string, ack: () => void) => {
    void socket.join(room);
    ack();
  });
  socket.on('post', (room: string, payload: unknown, ack: () => void) => {
    io.to(room).emit('message', payload);
    ack();
  });
});
httpServer.listen(0, '127.0.0.1', () => {
  const address = httpServer.address();
  process.stdout.write(`port ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => process.exit(0));
